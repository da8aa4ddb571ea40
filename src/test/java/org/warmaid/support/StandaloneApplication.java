package org.warmaid.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.warmaid.WarmAidApplication;

/** Starts the whole application as its users would, with command-line arguments, on a free port. */
public final class StandaloneApplication {

    private StandaloneApplication() {
    }

    public static ConfigurableApplicationContext start(String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--camunda.bpm.job-execution.enabled=false";
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return new SpringApplicationBuilder(WarmAidApplication.class).run(all);
    }

    public static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
