package org.warmaid.process.config;

import jakarta.servlet.Filter;
import org.springframework.stereotype.Component;
import org.warmaid.system.SharedSignIn;

/** The shared sign-in as the Camunda webapps keep theirs: {@link WebappSignIn} and {@link CamundaWebappLogin}. */
@Component
class WebappSharedSignIn implements SharedSignIn {

    private final WebappSignIn webappSignIn;
    private final CamundaWebappLogin camundaWebappLogin;

    WebappSharedSignIn(WebappSignIn webappSignIn, CamundaWebappLogin camundaWebappLogin) {
        this.webappSignIn = webappSignIn;
        this.camundaWebappLogin = camundaWebappLogin;
    }

    @Override
    public Filter intoTheWebapps() {
        return webappSignIn;
    }

    @Override
    public Filter fromTheWebapps() {
        return camundaWebappLogin;
    }
}
