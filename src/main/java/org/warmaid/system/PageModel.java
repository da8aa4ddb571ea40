package org.warmaid.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.warmaid.accounts.AccountDirectory;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.UnitDirectory;
import org.warmaid.campaign.CampaignBanner;
import org.warmaid.registration.EntryCompleteness;

/**
 * Adds what the frame of every page shows (campaign, deadline, the signed-in account's name and unit)
 * to rendered views. The name is read here, not kept in the session, which holds no personal data.
 */
@Component
class PageModel implements HandlerInterceptor {

    private final CampaignBanner banner;
    private final UnitDirectory units;
    private final AccountDirectory directory;
    private final EntryCompleteness completeness;

    PageModel(CampaignBanner banner, UnitDirectory units, AccountDirectory directory, EntryCompleteness completeness) {
        this.banner = banner;
        this.units = units;
        this.directory = directory;
        this.completeness = completeness;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String unitCode = null;
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal account) {
            view.addObject("currentUserName", directory.displayName(account.id()).orElse(account.id()));
            if (account.isUnitAccount()) {
                unitCode = account.unitCode();
                view.addObject("currentUnit", units.findById(unitCode).orElse(null));
                // from three days before the unit's deadline: what the closing time will declare and give up
                completeness.forUnit(unitCode).ifPresent(atDeadline -> view.addObject("atDeadline", atDeadline));
            }
        }
        banner.attributes(unitCode).forEach(view::addObject);
    }
}
