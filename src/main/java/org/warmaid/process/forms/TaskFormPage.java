package org.warmaid.process.forms;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.process.ReviewTasks;
import org.warmaid.review.ReviewPage;

/**
 * The form of every review task in Tasklist (an embedded form, {@code embedded:/review/task-form}):
 * Tasklist loads it with the task's id, and it shows the registration as reviewers read it — the
 * 附件2 fields with masked numbers, the family, the eligibility result with its explanation and
 * decision versions, duplicate and family matches, the review history, the supporting documents
 * (opened in place) — above the task's own fields, which come from the declaration every
 * completion is checked against.
 */
@Controller
class TaskFormPage {

    private final ReviewTasks tasks;
    private final ReviewPage sheet;

    TaskFormPage(ReviewTasks tasks, ReviewPage sheet) {
        this.tasks = tasks;
        this.sheet = sheet;
    }

    @GetMapping("/review/task-form")
    String show(@AuthenticationPrincipal AccountPrincipal account, @RequestParam(required = false) String taskId,
            Model model) {
        ReviewTasks.OpenTask task = tasks.open(taskId, account.id(), account.groups())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        sheet.addSheet(account, task.registrationId(), model);
        model.addAttribute("task", task);
        model.addAttribute("fields", TaskFormFields.of(task.taskKey(), task.values()));
        model.addAttribute("failureReason", task.value("payoutFailureReason").orElse(null));
        return "review/task-form";
    }
}
