package org.warmaid.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * A bean the process models may name: {@code ${name}} as a delegate or listener, or
 * {@code ${name.method(…)}} in an expression. Only beans carrying this annotation can be reached
 * from a BPMN model; a deployment naming anything else is refused, and at run time the engine's
 * expressions see no other bean. A new delegate follows the same convention: annotate it with
 * {@code @BpmnBean("itsName")} instead of {@code @Component("itsName")}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface BpmnBean {

    /** The name the models use. */
    @AliasFor(annotation = Component.class)
    String value();
}
