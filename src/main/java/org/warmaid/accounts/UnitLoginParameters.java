package org.warmaid.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The notice's login (附件1): choose the unit, type the union head's name, the password. Turns that
 * into the unit account's id for the ordinary form login. A name that is not the unit's union head
 * gives an account id that does not exist, so the user sees the same neutral message as for a
 * wrong password and learns nothing about which part was wrong.
 */
@Component
public class UnitLoginParameters extends OncePerRequestFilter {

    static final String NO_SUCH_ACCOUNT = "-";

    private final Units units;

    UnitLoginParameters(Units units) {
        this.units = units;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
                && request.getParameter("unit") != null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String typedName = normalise(request.getParameter("name"));
        String accountId = units.findById(request.getParameter("unit"))
                .filter(Unit::isActive)
                .filter(unit -> normalise(unit.getUnionHead()).equals(typedName))
                .map(Unit::getAccountId)
                .orElse(NO_SUCH_ACCOUNT);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return "username".equals(name) ? accountId : super.getParameter(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                Map<String, String[]> parameters = new java.util.HashMap<>(super.getParameterMap());
                parameters.put("username", new String[] {accountId});
                return parameters;
            }
        }, response);
    }

    private static String normalise(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }
}
