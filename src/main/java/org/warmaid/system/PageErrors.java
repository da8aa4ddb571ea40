package org.warmaid.system;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.warmaid.registration.RegistrationRefused;

/**
 * Refusals on the pages: another unit's or a missing registration shows the error page; anything
 * else (closed entry, a stale edit) returns to the list with the reason, nothing saved lost. The
 * JSON API's own handler takes precedence for its controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(RegistrationRefused.class)
    ModelAndView refused(RegistrationRefused refusal, RedirectAttributes redirect) {
        return switch (refusal.reason()) {
            case NOT_FOUND -> errorPage(HttpStatus.NOT_FOUND);
            case FORBIDDEN -> errorPage(HttpStatus.FORBIDDEN);
            default -> {
                redirect.addFlashAttribute("failure", refusal.getMessage());
                yield new ModelAndView("redirect:/portal/registrations");
            }
        };
    }

    /** Refusals of the provincial, finance and administration pages: back where the user was, with the reason. */
    @ExceptionHandler({org.warmaid.payout.PayoutRefused.class, org.warmaid.campaign.CampaignRefused.class,
            org.warmaid.accounts.AccountRefused.class})
    ModelAndView administrationRefused(RuntimeException refusal, jakarta.servlet.http.HttpServletRequest request,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("failure", refusal.getMessage());
        String referer = request.getHeader("Referer");
        String host = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        String back = referer != null && referer.startsWith(host) ? referer.substring(host.length()) : "/";
        if (back.equals(request.getRequestURI())) {
            back = "/";
        }
        return new ModelAndView("redirect:" + back);
    }

    /**
     * A form field no form of the application has and that cannot even be bound (a family member at
     * index 5000): the Chinese error page, nothing saved.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView unbindable(InvalidPropertyException e) {
        return ErrorResponses.page(HttpStatus.BAD_REQUEST, "提交的表单内容无法识别，未作任何保存；请返回后重新填写");
    }

    static ModelAndView errorPage(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
