package org.warmaid;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.warmaid", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Feature code stays plain Spring/JPA; only the process package talks to the engine. */
    @ArchTest
    static final ArchRule onlyTheProcessPackageUsesTheEngine = noClasses()
            .that().resideOutsideOfPackage("org.warmaid.process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("Camunda code is kept in org.warmaid.process (see the README)");

    /** Hibernate does not validate entities (application.yml): a constraint on one would be ignored. */
    @ArchTest
    static final ArchRule entitiesCarryNoConstraints = noFields()
            .that().areDeclaredInClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
            .should().beAnnotatedWith(com.tngtech.archunit.base.DescribedPredicate.describe("a Bean Validation constraint",
                    annotation -> annotation.getRawType().isAnnotatedWith(jakarta.validation.Constraint.class)))
            .because("input is validated where it arrives (forms, the JSON API, imports), not by Hibernate");
}
