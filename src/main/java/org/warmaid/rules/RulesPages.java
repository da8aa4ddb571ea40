package org.warmaid.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.warmaid.process.rules.DecisionDrafts;
import org.warmaid.process.rules.DecisionVersion;
import org.warmaid.process.rules.DecisionVersions;
import org.warmaid.process.rules.KnownDecisions;
import org.warmaid.process.rules.RepositoryDecisionFiles;
import org.warmaid.process.rules.RuleTable;

/** 规则管理: the decisions, the editor of one, its versions, the difference of two, roll-back and downloads. */
@Controller
class RulesPages {

    private final DecisionOverview overview;
    private final DecisionVersions versions;
    private final DecisionDrafts drafts;
    private final RepositoryDecisionFiles repository;
    private final RuleDeployments deployments;

    RulesPages(DecisionOverview overview, DecisionVersions versions, DecisionDrafts drafts,
            RepositoryDecisionFiles repository, RuleDeployments deployments) {
        this.overview = overview;
        this.versions = versions;
        this.drafts = drafts;
        this.repository = repository;
        this.deployments = deployments;
    }

    @GetMapping("/rules")
    String list(Model model) {
        model.addAttribute("decisions", overview.all());
        return "rules/list";
    }

    @GetMapping("/rules/{key}")
    String editor(@PathVariable String key, Model model) {
        DecisionOverview.DecisionView decision = overview.decision(known(key)).orElseThrow(RulesPages::notFound);
        DecisionVersion live = live(key);
        RuleTable table = drafts.table(versions.content(live), key);
        model.addAttribute("decision", decision);
        model.addAttribute("table", table);
        return "rules/editor";
    }

    @GetMapping("/rules/{key}/history")
    String history(@PathVariable String key, Model model) {
        model.addAttribute("decision", overview.decision(known(key)).orElseThrow(RulesPages::notFound));
        model.addAttribute("versions", overview.history(key));
        return "rules/history";
    }

    @GetMapping("/rules/{key}/diff")
    String diff(@PathVariable String key, @RequestParam int from, @RequestParam int to, Model model) {
        DecisionVersion older = version(known(key), from);
        DecisionVersion newer = version(key, to);
        List<TableDiff.Change> changes = TableDiff.between(drafts.table(versions.content(older), key),
                drafts.table(versions.content(newer), key));
        model.addAttribute("decision", overview.decision(key).orElseThrow(RulesPages::notFound));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("changes", changes);
        model.addAttribute("versions", overview.history(key));
        return "rules/diff";
    }

    @PostMapping("/rules/{key}/rollback")
    String rollBack(@PathVariable String key, @RequestParam int version, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer baseVersion, RedirectAttributes redirect) {
        try {
            DecisionVersion deployed = deployments.rollBack(known(key), version, reason, baseVersion);
            redirect.addFlashAttribute("success", "已将第 " + version + " 版的内容重新部署为第 " + deployed.version()
                    + " 版，立即生效");
        } catch (RuleRefused refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/rules/" + key + "/history";
    }

    /** The live table, to commit to {@code dmn/} under the repository's file name. */
    @GetMapping("/rules/{key}/live.dmn")
    ResponseEntity<byte[]> live(@PathVariable String key, @RequestParam(defaultValue = "false") boolean download) {
        DecisionVersion live = live(known(key));
        String name = repository.file(key).map(RepositoryDecisionFiles.RepositoryFile::fileName).orElse(key + ".dmn");
        return dmn(versions.content(live), download ? name : null);
    }

    @GetMapping("/rules/{key}/versions/{version}.dmn")
    ResponseEntity<byte[]> version(@PathVariable String key, @PathVariable int version,
            @RequestParam(defaultValue = "false") boolean download) {
        return dmn(versions.content(version(known(key), version)), download ? key + "-v" + version + ".dmn" : null);
    }

    @GetMapping("/rules/{key}/repository.dmn")
    ResponseEntity<byte[]> repositoryFile(@PathVariable String key) {
        return dmn(repository.file(known(key)).orElseThrow(RulesPages::notFound).content(), null);
    }

    private static ResponseEntity<byte[]> dmn(byte[] content, String downloadName) {
        var answer = ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8));
        if (downloadName != null) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(downloadName, StandardCharsets.UTF_8).build().toString());
        }
        return answer.body(content);
    }

    private DecisionVersion live(String key) {
        return versions.live(key).orElseThrow(RulesPages::notFound);
    }

    private DecisionVersion version(String key, int version) {
        return versions.version(key, version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "决策 " + key + " 没有第 " + version + " 版"));
    }

    /** The key of a decision the application knows (KnownDecisions); anything else is not found. */
    static String known(String key) {
        return KnownDecisions.of(key).map(KnownDecisions.Decision::key).orElseThrow(RulesPages::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个决策");
    }
}
