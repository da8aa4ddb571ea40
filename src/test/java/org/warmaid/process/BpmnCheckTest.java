package org.warmaid.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.warmaid.process.deployment.BpmnCheck;

/**
 * The process model runs only the application's own beans: the real model passes, and each way of
 * putting code into a model is refused with a message naming the element.
 */
class BpmnCheckTest {

    private static String model;
    private static BpmnCheck check;

    @BeforeAll
    static void allowList() throws IOException, ClassNotFoundException {
        model = Files.readString(Path.of("bpmn/HardshipAidProcess.bpmn"));
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(BpmnBean.class));
        Map<String, Class<?>> beans = new LinkedHashMap<>();
        for (var candidate : scanner.findCandidateComponents("org.warmaid")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            beans.put(type.getAnnotation(BpmnBean.class).value(), type);
        }
        assertThat(beans).containsKeys("stageTracker", "checkEligibilityDelegate", "entryDeadlines", "payoutEnlistment");
        check = new BpmnCheck(BpmnBeans.of(beans));
    }

    @Test
    void theApplicationsModelPasses() {
        assertThat(problems(model)).isEmpty();
    }

    @Test
    void refusesAnExpressionThatRunsACommand() {
        String attack = model.replace("camunda:delegateExpression=\"${checkEligibilityDelegate}\"",
                "camunda:expression=\"${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch /tmp/x')}\"");
        assertThat(problems(attack)).singleElement().asString()
                .startsWith("元素 Task_CheckEligibility：").contains("不允许调用 getClass");
    }

    @Test
    void refusesAnExpressionThatReachesTheEngine() {
        String attack = model.replace("${eligible}",
                "${execution.getProcessEngineServices().getIdentityService().createMembership('analyst','camunda-admin') == null}");
        assertThat(problems(attack)).singleElement().asString().contains("Flow_Eligible").contains("引擎对象 execution");
        assertThat(problems(model.replace("${eligible}", "${identityService.createMembership('analyst','camunda-admin')}")))
                .singleElement().asString().contains("不允许调用 createMembership");
        assertThat(problems(model.replace("${eligible}", "${eligible['class']}")))
                .singleElement().asString().contains("方括号");
        assertThat(problems(model.replace("${eligible}", "${stageTracker.getClass()}")))
                .singleElement().asString().contains("不允许调用 getClass");
        assertThat(problems(model.replace("${eligible}", "${eligible.class}")))
                .singleElement().asString().contains("不允许读取属性 class");
        assertThat(problems(model.replace("${eligible}", "${x = 1}"))).singleElement().asString().contains("赋值");
    }

    @Test
    void keepsWhatTheModelsUse() {
        assertThat(problems(model.replace("${eligible}", "${unitCode.toLowerCase().trim().startsWith('u') and now() != null}")))
                .isEmpty();
        assertThat(problems(model.replace("${eligible}", "${eligible ? true : false}"))).isEmpty();
    }

    @Test
    void refusesScriptsAnywhere() {
        String scriptListener = model.replace("<camunda:taskListener delegateExpression=\"${submissionListener}\" event=\"complete\"/>",
                "<camunda:taskListener event=\"complete\"><camunda:script scriptFormat=\"juel\">${1}</camunda:script></camunda:taskListener>");
        assertThat(problems(scriptListener)).anySatisfy(p -> assertThat(p).contains("Task_EnterRegistration").contains("不允许脚本"));
        String scriptCondition = model.replace("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${eligible}",
                "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">eligible");
        assertThat(problems(scriptCondition)).singleElement().asString().contains("Flow_Eligible").contains("脚本条件");
        String externalScript = model.replace("<camunda:taskListener delegateExpression=\"${submissionListener}\" event=\"complete\"/>",
                "<camunda:taskListener event=\"complete\"><camunda:script scriptFormat=\"groovy\" resource=\"deployment://evil.groovy\"/></camunda:taskListener>");
        assertThat(problems(externalScript)).anySatisfy(p -> assertThat(p).contains("外部资源"));
        String scriptTask = model.replace("<bpmn:serviceTask id=\"Task_CheckEligibility\" name=\"资格认定\" camunda:delegateExpression=\"${checkEligibilityDelegate}\">",
                "<bpmn:scriptTask id=\"Task_CheckEligibility\" name=\"资格认定\" scriptFormat=\"javascript\"><bpmn:script>1</bpmn:script>")
                .replace("<bpmn:outgoing>Flow_ToEligibleGateway</bpmn:outgoing>\n    </bpmn:serviceTask>",
                        "<bpmn:outgoing>Flow_ToEligibleGateway</bpmn:outgoing>\n    </bpmn:scriptTask>");
        assertThat(problems(scriptTask)).anySatisfy(p -> assertThat(p).contains("不允许脚本任务"));
        String ioScript = model.replace("<camunda:taskListener delegateExpression=\"${submissionListener}\" event=\"complete\"/>",
                "<camunda:taskListener delegateExpression=\"${submissionListener}\" event=\"complete\"/></bpmn:extensionElements><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\"><camunda:script scriptFormat=\"javascript\">1</camunda:script></camunda:inputParameter></camunda:inputOutput>");
        assertThat(problems(ioScript)).anySatisfy(p -> assertThat(p).contains("不允许脚本"));
    }

    @Test
    void refusesClassesConnectorsAndBeansOutsideTheAllowList() {
        assertThat(problems(model.replace("delegateExpression=\"${checkEligibilityDelegate}\"",
                "camunda:class=\"org.warmaid.process.CheckEligibilityDelegate\"").replace("camunda:camunda:", "camunda:")))
                .singleElement().asString().contains("Task_CheckEligibility").contains("不允许直接指定 Java 类");
        assertThat(problems(model.replace("<camunda:taskListener delegateExpression=\"${submissionListener}\" event=\"complete\"/>",
                "<camunda:taskListener class=\"com.example.Evil\" event=\"complete\"/>")))
                .singleElement().asString().contains("Task_EnterRegistration 内的 taskListener").contains("Java 类");
        assertThat(problems(model.replace("${checkEligibilityDelegate}", "${dataSource}")))
                .singleElement().asString().contains("“dataSource”不是系统允许流程使用的组件");
        assertThat(problems(model.replace("${checkEligibilityDelegate}", "${stageTracker}")))
                .singleElement().asString().contains("组件“stageTracker”不能用作服务任务的实现");
        assertThat(problems(model.replace("<camunda:taskListener delegateExpression=\"${submissionListener}\" event=\"complete\"/>",
                "<camunda:taskListener delegateExpression=\"${checkEligibilityDelegate}\" event=\"complete\"/>")))
                .singleElement().asString().contains("不能用作任务监听器");
        assertThat(problems(model.replace("${checkEligibilityDelegate}", "${submissionListener.notify(task)}")))
                .singleElement().asString().contains("只能是 ${组件名}");
        assertThat(problems(model.replace("camunda:delegateExpression=\"${checkEligibilityDelegate}\">",
                "><bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements>")))
                .anySatisfy(p -> assertThat(p).contains("连接器"));
        assertThat(problems(model.replace("camunda:delegateExpression=\"${checkEligibilityDelegate}\"",
                "camunda:type=\"external\" camunda:topic=\"x\""))).singleElement().asString().contains("外部任务");
    }

    @Test
    void refusesADoctype() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + model.substring(model.indexOf("<bpmn:definitions"));
        assertThat(problems(withEntity)).singleElement().asString().contains("DOCTYPE");
    }

    private static List<String> problems(String xml) {
        return check.problems(xml.getBytes(StandardCharsets.UTF_8));
    }
}
