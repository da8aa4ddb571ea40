package org.warmaid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WarmAidApplication {

    public static void main(String[] args) {
        SpringApplication.run(WarmAidApplication.class, args);
    }
}
