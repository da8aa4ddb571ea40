package org.warmaid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * Tasklist as a reviewer works it, in a browser already signed in: open a filter, pick the task by
 * its reference, claim it, choose in the form (the application's embedded task form), complete.
 */
public final class TasklistPage {

    private final Browser browser;

    public TasklistPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * Opens the filter, picks the task by its reference (its card naming the unit and the masked
     * worker, created a moment ago in Chinese words), claims it; the registration's sheet inside the form.
     */
    public WebElement openTask(String filter, String reference, String unitName, String maskedName) {
        browser.go("/camunda/app/tasklist/default/");
        WebElement filterLink = browser.waitUntil(d -> d.findElements(By.cssSelector(".task-filter")).stream()
                .filter(item -> item.getText().contains(filter)).findFirst().orElse(null));
        filterLink.click();
        WebElement card = browser.waitUntil(d -> d.findElements(By.cssSelector(".tasks-list li.task")).stream()
                .filter(item -> item.getText().contains(reference)).findFirst().orElse(null));
        assertThat(card.getText()).as("the task card").contains(unitName, maskedName);
        String created = browser.waitUntil(d -> {
            String text = card.findElement(By.cssSelector(".creation-date")).getText();
            return text.matches("(?s).*(前|后|ago|in ).*") ? text : null;
        });
        assertThat(created).as("the creation time, relative, in Chinese").contains("前").doesNotContain("ago", "seconds");
        card.findElement(By.cssSelector(".clickable")).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".warmaid-task-form .worker-name")).isEmpty()
                || !d.findElements(By.cssSelector("[ng-click='claim()']")).isEmpty());
        List<WebElement> claim = browser.driver().findElements(By.cssSelector("[ng-click='claim()']"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            try {
                browser.waitUntil(d -> {
                    try {
                        return d.findElements(By.cssSelector("[ng-click='claim()']")).stream().noneMatch(WebElement::isDisplayed);
                    } catch (StaleElementReferenceException rendered) {
                        return false;
                    }
                });
            } catch (TimeoutException unclaimed) {
                throw new AssertionError("the task was not claimed; failed requests " + browser.failedRequests()
                        + ", console " + browser.consoleErrors(), unclaimed);
            }
        }
        browser.find(".warmaid-task-form .decision");
        return browser.find(".warmaid-task-form .sheet");
    }

    /** Picks a choice; the form may still be settling (pictures loading) as it is scrolled to, so retried once. */
    public void choose(String field, String value) {
        String css = ".warmaid-task-form input[name=" + field + "][value='" + value + "']";
        try {
            clickInView(css);
        } catch (ElementClickInterceptedException moved) {
            clickInView(css);
        }
        assertThat(browser.find(css).isSelected()).isTrue();
    }

    /** Tasklist's 完成 below the form. */
    public void complete() {
        clickInView(".form-actions .btn-primary");
    }

    /**
     * Scrolls the element to the middle of Tasklist's scrolling pane (its footer covers the bottom)
     * and clicks it once nothing covers it; found afresh each time, as Tasklist renders the form
     * again after a claim.
     */
    public void clickInView(String css) {
        WebElement element = browser.waitUntil(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            if (found.isEmpty()) {
                return null;
            }
            try {
                Object free = ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                        + " var r = arguments[0].getBoundingClientRect();"
                        + " var e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + " return e === arguments[0] || arguments[0].contains(e) || (e && e.control === arguments[0]);",
                        found.get(0));
                return Boolean.TRUE.equals(free) ? found.get(0) : null;
            } catch (StaleElementReferenceException rendered) {
                return null;
            }
        });
        element.click();
    }
}
