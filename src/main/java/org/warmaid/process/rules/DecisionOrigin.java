package org.warmaid.process.rules;

/** Where a deployed decision version came from, as its engine deployment records it. */
public enum DecisionOrigin {
    /** A file of {@code dmn/}, deployed when the application started. */
    REPOSITORY("仓库文件", "warm-aid:repository"),
    /** Deployed on the rules workbench (规则管理), with a reason. */
    WORKBENCH("规则管理页", "warm-aid:rules-workbench"),
    /** Anything else: the engine REST API, Camunda Modeler. */
    OTHER("引擎接口或建模器", null);

    /** The name of the deployments made before the application deployed its decision files itself. */
    static final String SPRING_AUTO_DEPLOYMENT = "SpringAutoDeployment";

    private final String label;
    private final String source;

    DecisionOrigin(String label, String source) {
        this.label = label;
        this.source = source;
    }

    public String label() {
        return label;
    }

    String source() {
        return source;
    }

    static DecisionOrigin of(String deploymentName, String deploymentSource) {
        if (REPOSITORY.source.equals(deploymentSource) || SPRING_AUTO_DEPLOYMENT.equals(deploymentName)) {
            return REPOSITORY;
        }
        return WORKBENCH.source.equals(deploymentSource) ? WORKBENCH : OTHER;
    }
}
