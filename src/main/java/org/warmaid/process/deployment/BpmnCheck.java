package org.warmaid.process.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.warmaid.process.BpmnBeans;

/**
 * Whether a BPMN model runs only the application's own code. Refused anywhere in the model: scripts
 * (script tasks, script listeners, script conditions and I/O mappings, external script resources),
 * {@code camunda:class} and any other class name, connectors and external task types, form-field
 * validators; a delegate or listener that is not {@code ${name}} of an allowed
 * {@link org.warmaid.process.BpmnBean bean} serving that role; and any expression that does more than
 * {@link ExpressionCheck} allows. The check reads the XML itself, so no corner of the model that the
 * engine would run escapes it.
 */
public final class BpmnCheck {

    static final Set<String> CAMUNDA_NAMESPACES = Set.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");
    static final String BPMN_NAMESPACE = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private static final Set<String> TEXT_NOT_RUN = Set.of("documentation", "text");

    private final BpmnBeans beans;
    private final ExpressionCheck expressions;

    public BpmnCheck(BpmnBeans beans) {
        this.beans = beans;
        this.expressions = new ExpressionCheck(beans);
    }

    /** The problems of the model, each naming the element; empty when it may be deployed. */
    public List<String> problems(byte[] xml) {
        List<String> problems = new ArrayList<>();
        try {
            visit(ModelXml.read(xml).getDocumentElement(), problems);
        } catch (IllegalArgumentException unreadable) {
            problems.add(unreadable.getMessage());
        }
        return problems;
    }

    private void visit(Element element, List<String> problems) {
        String where = "元素 " + idOf(element);
        boolean camunda = isCamunda(element.getNamespaceURI());
        String name = element.getLocalName();
        if (BPMN_NAMESPACE.equals(element.getNamespaceURI()) && name.equals("scriptTask")) {
            problems.add(where + "：不允许脚本任务");
        }
        if (camunda && name.equals("script")) {
            problems.add(where + "：不允许脚本（监听器、输入输出映射中的脚本）");
        }
        if (camunda && name.equals("connector")) {
            problems.add(where + "：不允许连接器（connector）");
        }
        if (camunda && name.equals("constraint") && "validator".equals(element.getAttribute("name"))) {
            problems.add(where + "：不允许自定义表单校验器");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            boolean camundaAttribute = isCamunda(attribute.getNamespaceURI())
                    || camunda && attribute.getNamespaceURI() == null;
            attributeProblem(element, attribute, camundaAttribute).ifPresent(problem -> problems.add(where + "：" + problem));
        }
        if (!TEXT_NOT_RUN.contains(name)) {
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    expressionProblems(child.getNodeValue()).forEach(problem -> problems.add(where + "：" + problem));
                }
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element childElement) {
                    visit(childElement, problems);
                }
            }
        }
    }

    private Optional<String> attributeProblem(Element element, Attr attribute, boolean camundaAttribute) {
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String value = attribute.getValue();
        if (attribute.getNamespaceURI() == null && name.equals("language") && !value.isBlank()) {
            return Optional.of("不允许脚本条件（language=" + value + "）");
        }
        if (camundaAttribute) {
            if (name.equals("class") || name.endsWith("Class")) {
                return Optional.of("不允许直接指定 Java 类（" + name + "），请用 delegateExpression 引用系统的组件");
            }
            if (name.equals("scriptFormat") || name.equals("resource")) {
                return Optional.of("不允许脚本或外部资源（" + name + "）");
            }
            if (name.equals("type") && !element.getLocalName().equals("formField")) {
                return Optional.of("不允许外部任务或连接器（type=" + value + "）");
            }
            if (name.endsWith("DelegateExpression")) {
                return Optional.of("不允许 " + name);
            }
            if (name.equals("delegateExpression")) {
                return delegateProblem(element, value);
            }
        }
        return expressionProblems(value).stream().findFirst();
    }

    private Optional<String> delegateProblem(Element element, String value) {
        String trimmed = value.strip();
        boolean simple = (trimmed.startsWith("${") || trimmed.startsWith("#{")) && trimmed.endsWith("}")
                && trimmed.substring(2, trimmed.length() - 1).strip().matches("[A-Za-z_][A-Za-z0-9_]*");
        if (!simple) {
            return Optional.of("delegateExpression 只能是 ${组件名}，不能是“" + ExpressionCheck.shortened(value) + "”");
        }
        String beanName = trimmed.substring(2, trimmed.length() - 1).strip();
        Optional<BpmnBeans.Allowed> bean = beans.get(beanName);
        if (bean.isEmpty()) {
            return Optional.of("“" + beanName + "”不是系统允许流程使用的组件");
        }
        BpmnBeans.Role role = roleFor(element);
        if (!bean.get().roles().contains(role)) {
            return Optional.of("组件“" + beanName + "”不能用作" + switch (role) {
                case TASK_LISTENER -> "任务监听器";
                case EXECUTION_LISTENER -> "执行监听器";
                case JAVA_DELEGATE -> "服务任务的实现";
            });
        }
        return Optional.empty();
    }

    private static BpmnBeans.Role roleFor(Element element) {
        if (isCamunda(element.getNamespaceURI())) {
            if (element.getLocalName().equals("taskListener")) {
                return BpmnBeans.Role.TASK_LISTENER;
            }
            if (element.getLocalName().equals("executionListener")) {
                return BpmnBeans.Role.EXECUTION_LISTENER;
            }
        }
        return BpmnBeans.Role.JAVA_DELEGATE;
    }

    private List<String> expressionProblems(String text) {
        List<String> problems = new ArrayList<>();
        if (text == null || !(text.contains("${") || text.contains("#{"))) {
            return problems;
        }
        for (String expression : ExpressionCheck.expressionsIn(text)) {
            expressions.problem(expression).ifPresent(problems::add);
        }
        return problems;
    }

    private static boolean isCamunda(String namespace) {
        return namespace != null && CAMUNDA_NAMESPACES.contains(namespace);
    }

    private static String idOf(Element element) {
        for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
            if (current.hasAttribute("id")) {
                return current.getAttribute("id") + (current == element ? "" : " 内的 " + element.getLocalName());
            }
        }
        return element.getLocalName();
    }
}
