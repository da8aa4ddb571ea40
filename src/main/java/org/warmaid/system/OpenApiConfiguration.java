package org.warmaid.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI warmAidApi() {
        return new OpenAPI()
                .info(new Info().title("送温暖信息平台 JSON API").version("1")
                        .description("单位工会以本单位账号（HTTP Basic）录入、修改、删除、上报困难职工登记。"
                                + "错误统一为 {\"errors\":[{\"field\",\"message\"}]}：400 填写有误，"
                                + "403 首次登录未改密码或申报已截止，404 不存在（其他单位的登记也答复为不存在），409 身份证号重复或数据已被他人修改。"))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
