package org.warmaid.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private final PageModel pageModel;

    WebConfiguration(PageModel pageModel) {
        this.pageModel = pageModel;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(pageModel).excludePathPatterns("/api/**", "/engine-rest/**", "/camunda/**");
        registry.addInterceptor(new DeclaredContentTypes()).addPathPatterns("/api/**");
    }
}
