package org.warmaid;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
