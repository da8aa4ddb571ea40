package org.warmaid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WarmAidApplication {

    public static void main(String[] args) {
        SpringApplication.run(WarmAidApplication.class, args);
    }
}
