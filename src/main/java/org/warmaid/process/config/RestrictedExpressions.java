package org.warmaid.process.config;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.warmaid.process.BpmnBeans;
import org.warmaid.process.deployment.ExpressionRules;

/**
 * What the engine's expressions can reach at run time, whatever a model says: process variables,
 * the application's {@link org.warmaid.process.BpmnBean beans} (no other bean of the application
 * context), the public methods the application declares on them, and a few methods of text values.
 * The stock resolver would call any method of any object ({@code ''.getClass().forName(…)}) and
 * expose every Spring bean ({@code identityService}); the deployment check refuses such models, and
 * this keeps one that got past it (or was deployed before) from running them.
 */
@Component
@Order(50)
class RestrictedExpressions extends AbstractProcessEnginePlugin {

    private final BpmnBeans beans;

    RestrictedExpressions(BpmnBeans beans) {
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new Manager(beans));
    }

    static final class Manager extends JuelExpressionManager {

        private final BpmnBeans beans;

        Manager(BpmnBeans beans) {
            this.beans = beans;
        }

        @Override
        protected ELResolver createElResolver() {
            CompositeELResolver resolver = new CompositeELResolver();
            resolver.add(new VariableScopeElResolver());
            resolver.add(new VariableContextElResolver());
            resolver.add(new AllowedBeans(beans));
            resolver.add(new ArrayELResolver(true));
            resolver.add(new ListELResolver(true));
            resolver.add(new MapELResolver(true));
            resolver.add(new AllowedMethods(beans));
            return resolver;
        }
    }

    /** The allowed beans by name, read-only. */
    static final class AllowedBeans extends ELResolver {

        private final BpmnBeans beans;

        AllowedBeans(BpmnBeans beans) {
            this.beans = beans;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String name) {
                var bean = beans.bean(name);
                if (bean.isPresent()) {
                    context.setPropertyResolved(true);
                    return bean.get();
                }
            }
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            if (base == null && property instanceof String name && beans.get(name).isPresent()) {
                throw new PropertyNotWritableException("组件“" + name + "”不能被表达式改写");
            }
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }

        @Override
        public java.util.Iterator<java.beans.FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return Object.class;
        }
    }

    /**
     * Methods and properties of objects: only the application's own public methods on an allowed
     * bean, and the text methods {@link ExpressionRules} lists on a String. Anything else is refused.
     */
    static final class AllowedMethods extends BeanELResolver {

        private final BpmnBeans beans;

        AllowedMethods(BpmnBeans beans) {
            super(true);
            this.beans = beans;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null) {
                return null;
            }
            throw refused(property);
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            if (base == null) {
                return null;
            }
            String name = String.valueOf(method);
            boolean allowed = base instanceof String ? ExpressionRules.isTextMethod(name) : allowedBeanMethod(base, name);
            if (!allowed) {
                throw refused(method);
            }
            return super.invoke(context, base, method, paramTypes, params);
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            if (base != null) {
                throw refused(property);
            }
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }

        private boolean allowedBeanMethod(Object base, String method) {
            Class<?> type = ClassUtils.getUserClass(base.getClass());
            return beans.all().values().stream().anyMatch(bean -> bean.type().equals(type) && bean.hasCallableMethod(method));
        }

        private static ELException refused(Object member) {
            return new ELException("表达式不允许使用“" + member + "”");
        }
    }
}
