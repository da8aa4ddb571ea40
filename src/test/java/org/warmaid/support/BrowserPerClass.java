package org.warmaid.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One headless Chromium for all tests of a class (starting one costs seconds): opened at the first
 * test that asks for it, signed out with empty logs before every test, photographed when a test
 * fails (target/screenshots/failed-…), closed after the class.
 */
public final class BrowserPerClass implements BeforeEachCallback, AfterAllCallback, TestWatcher {

    private Browser browser;

    /** The class's browser on the application at that port, opened at the first call. */
    public Browser on(int port) {
        if (browser == null) {
            browser = Browser.open(port);
        }
        return browser;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (browser != null) {
            browser.go("/login?staff=1");
            browser.driver().manage().deleteAllCookies();
            browser.clearLogs();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (browser != null) {
            browser.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
