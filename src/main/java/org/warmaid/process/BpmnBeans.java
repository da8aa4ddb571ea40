package org.warmaid.process;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The allow-list of what a process model may call: the application's beans annotated with
 * {@link BpmnBean}, each with what it can serve as (found from its type, without creating it), and
 * the methods an expression may call on it (the public methods the application's own classes declare).
 */
@Component
public class BpmnBeans {

    /** What a bean can be named as in a model. */
    public enum Role {
        JAVA_DELEGATE, TASK_LISTENER, EXECUTION_LISTENER
    }

    /** A bean a model may name: its type, and its roles. */
    public record Allowed(String name, Class<?> type, Set<Role> roles) {

        /** Whether an expression may call this method on the bean: a public method of the application's own code. */
        public boolean hasCallableMethod(String method) {
            return Arrays.stream(type.getMethods())
                    .anyMatch(candidate -> candidate.getName().equals(method) && declaredByTheApplication(candidate));
        }

        public static boolean declaredByTheApplication(Method method) {
            return Modifier.isPublic(method.getModifiers())
                    && method.getDeclaringClass().getName().startsWith("org.warmaid.");
        }
    }

    private final ApplicationContext context;
    private final Map<String, Object> instances = new LinkedHashMap<>();
    private volatile Map<String, Allowed> allowed;

    BpmnBeans(ApplicationContext context) {
        this.context = context;
    }

    /** An allow-list given directly, for checks outside an application context (tests, tools). */
    public static BpmnBeans of(Map<String, Class<?>> beans) {
        BpmnBeans list = new BpmnBeans(null);
        Map<String, Allowed> allowed = new LinkedHashMap<>();
        beans.forEach((name, type) -> allowed.put(name, allowed(name, type)));
        list.allowed = Map.copyOf(allowed);
        return list;
    }

    /** An allow-list of the given beans themselves, for an engine outside an application context (tests). */
    public static BpmnBeans ofInstances(Map<String, Object> beans) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        beans.forEach((name, bean) -> types.put(name, ClassUtils.getUserClass(bean)));
        BpmnBeans list = of(types);
        list.instances.putAll(beans);
        return list;
    }

    public Optional<Allowed> get(String name) {
        return Optional.ofNullable(all().get(name));
    }

    public Map<String, Allowed> all() {
        Map<String, Allowed> known = allowed;
        if (known == null) {
            Map<String, Allowed> found = new LinkedHashMap<>();
            for (String name : context.getBeanNamesForAnnotation(BpmnBean.class)) {
                found.put(name, allowed(name, ClassUtils.getUserClass(context.getType(name))));
            }
            known = Map.copyOf(found);
            allowed = known;
        }
        return known;
    }

    /** The bean itself, for the engine's expressions; only an allowed name resolves. */
    public Optional<Object> bean(String name) {
        return get(name).map(allowedBean -> instances.containsKey(allowedBean.name())
                ? instances.get(allowedBean.name()) : context.getBean(allowedBean.name()));
    }

    private static Allowed allowed(String name, Class<?> type) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (JavaDelegate.class.isAssignableFrom(type)) {
            roles.add(Role.JAVA_DELEGATE);
        }
        if (TaskListener.class.isAssignableFrom(type)) {
            roles.add(Role.TASK_LISTENER);
        }
        if (ExecutionListener.class.isAssignableFrom(type)) {
            roles.add(Role.EXECUTION_LISTENER);
        }
        return new Allowed(name, type, Set.copyOf(roles));
    }
}
