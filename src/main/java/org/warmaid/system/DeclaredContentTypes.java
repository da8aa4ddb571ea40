package org.warmaid.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A JSON call whose Content-Type is a wildcard ({@code *}{@code /*}, {@code application/*}) or not a
 * media type at all is refused as an unsupported type (415 with the API's message) before its body
 * is read: reading it would fail deep in the message converters, which ended as a 500.
 */
class DeclaredContentTypes implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotSupportedException {
        String declared = request.getContentType();
        if (declared == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(declared);
            if (!type.isWildcardType() && !type.isWildcardSubtype()) {
                return true;
            }
        } catch (InvalidMediaTypeException unreadable) {
            // refused below
        }
        throw new HttpMediaTypeNotSupportedException("not a concrete media type: " + declared);
    }
}
