package org.warmaid.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Markdown report of one benchmark run, written to target/benchmark-report.md after every section. */
final class Report {

    private final Map<String, List<String[]>> sections = new LinkedHashMap<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<String[]> goals = new ArrayList<>();
    private final Instant started = Instant.now();

    void setting(String name, Object value) {
        settings.put(name, String.valueOf(value));
    }

    void figure(String section, String name, Object value) {
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(new String[] {name, String.valueOf(value)});
        System.out.println("[benchmark] " + section + " | " + name + " = " + value);
    }

    void note(String section, String text) {
        notes.computeIfAbsent(section, s -> new ArrayList<>()).add(text);
        sections.computeIfAbsent(section, s -> new ArrayList<>());
    }

    void goal(String goal, String measured, boolean met) {
        goals.add(new String[] {goal, measured, met ? "met" : "**not met**"});
    }

    void write() {
        StringBuilder md = new StringBuilder("# Warm Aid benchmark report\n\n");
        md.append("Started ").append(started).append(", written ").append(Instant.now()).append(".\n\n## Machine\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| CPUs | ").append(Runtime.getRuntime().availableProcessors()).append(" (").append(cpuModel()).append(") |\n");
        md.append("| Memory | ").append(memTotal()).append(" |\n");
        md.append("| OS | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(" |\n");
        md.append("| Java | ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append(" |\n");
        md.append("| JVM arguments | `").append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()
                .stream().filter(a -> a.startsWith("-X") || a.startsWith("-XX")).toList())).append("` |\n\n");
        md.append("## Settings\n\n| Setting | Value |\n|---|---|\n");
        settings.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        if (!goals.isEmpty()) {
            md.append("\n## Goals\n\n| Goal | Measured | |\n|---|---|---|\n");
            goals.forEach(g -> md.append("| ").append(g[0]).append(" | ").append(g[1]).append(" | ").append(g[2]).append(" |\n"));
        }
        sections.forEach((section, figures) -> {
            md.append("\n## ").append(section).append("\n\n");
            if (!figures.isEmpty()) {
                md.append("| Figure | Value |\n|---|---|\n");
                figures.forEach(f -> md.append("| ").append(f[0]).append(" | ").append(f[1]).append(" |\n"));
            }
            for (String note : notes.getOrDefault(section, List.of())) {
                md.append("\n").append(note).append("\n");
            }
        });
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/benchmark-report.md"), md.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 + " MB").orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
