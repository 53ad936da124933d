package org.allianceplanner.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The message bundles stay in step with the code, like the page's everyLabelIsInBothLanguages: both
 * languages have the same keys, every pattern is a valid MessageFormat pattern, and every code the
 * main code uses has its texts.
 */
@DisplayName("消息包 Message bundles")
class MessagesBundleTest {

    private static final Path MAIN = Path.of("src/main/java/org/allianceplanner");

    private static ResourceBundle zh;
    private static ResourceBundle en;
    private static Map<Path, String> sources;

    @BeforeAll
    static void load() throws IOException {
        zh = Messages.bundle(Messages.ZH);
        en = Messages.bundle(Messages.EN);
        try (Stream<Path> files = Files.walk(MAIN)) {
            sources = new TreeMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(file, Files.readString(file));
            }
        }
    }

    @Test
    @DisplayName("两种语言的键相同 / both languages have the same keys")
    void sameKeysInBothLanguages() {
        assertThat(new TreeSet<>(zh.keySet())).isEqualTo(new TreeSet<>(en.keySet()));
        assertThat(zh.keySet()).hasSizeGreaterThan(150);
    }

    @Test
    @DisplayName("每条文字都是有效的格式，单引号成对 / every text is a valid pattern, single quotes doubled")
    void everyPatternFormats() {
        for (ResourceBundle bundle : List.of(zh, en)) {
            for (String key : Collections.list(bundle.getKeys())) {
                String pattern = bundle.getString(key);
                assertThat(pattern).as("%s in %s", key, bundle.getLocale()).isNotBlank();
                // A lone ' starts a quoted part in MessageFormat and silently eats the text after it.
                assertThat(pattern.replace("''", "").replace("'{'", "").replace("'}'", ""))
                        .as("%s in %s has a single quote", key, bundle.getLocale()).doesNotContain("'");
                Object[] args = Stream.iterate(0, i -> i + 1).limit(10).map(i -> "«" + i + "»").toArray();
                String rendered = new MessageFormat(pattern, bundle.getLocale()).format(args);
                assertThat(rendered).as("%s in %s", key, bundle.getLocale()).doesNotContain("{");
            }
        }
    }

    @Test
    @DisplayName("代码里用到的每个消息代码都有文字 / every code the code uses has its texts")
    void everyCodeUsedExists() {
        Set<String> prefixes = zh.keySet().stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", prefixes) + ")\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
        Set<String> missing = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        sources.forEach((file, source) -> {
            Matcher m = literal.matcher(source);
            while (m.find()) {
                used.add(m.group(1));
            }
            // Codes made from a name: ConflictException.of("x") → error.x.title and error.x.detail, …
            matches(source, "ConflictException\\.of\\(\"(\\w+)\"").forEach(what -> {
                used.add("error." + what + ".title");
                used.add("error." + what + ".detail");
            });
            matches(source, "outdated\\(\"(\\w+)\"").forEach(why -> used.add("error.proposalOutdated." + why));
            matches(source, "StoredDocumentException\\.document\\(\"(\\w+)\"").forEach(kind -> used.add("document." + kind));
        });
        // Bean Validation: validation.<annotation> for every constraint annotation on a document.
        sources.forEach((file, source) -> matches(source, "import jakarta\\.validation\\.constraints\\.(\\w+);")
                .forEach(annotation -> used.add("validation." + annotation)));
        List.of("wholeNumber", "number", "boolean", "text", "array", "object").forEach(t -> used.add("input.type." + t));
        for (String code : used) {
            if (!zh.containsKey(code)) {
                missing.add(code);
            }
        }
        assertThat(missing).as("codes without texts").isEmpty();
        assertThat(used).as("the scan finds the codes").hasSizeGreaterThan(150);
    }

    @Test
    @DisplayName("每种“不存在”都有标题和说明 / every kind of not-found has a title and a detail")
    void everyNotFoundHasItsTexts() throws Exception {
        for (Method factory : NotFoundException.class.getDeclaredMethods()) {
            if (Modifier.isStatic(factory.getModifiers()) && Modifier.isPublic(factory.getModifiers())) {
                NotFoundException e = (NotFoundException) factory.invoke(null, "x");
                assertThat(zh.containsKey(e.title().code())).as(e.title().code()).isTrue();
                assertThat(zh.containsKey(e.detail().code())).as(e.detail().code()).isTrue();
            }
        }
    }

    @Test
    @DisplayName("主代码不再手写中英文句子对 / main code writes no Chinese–English sentence pairs")
    void noHandWrittenPairsInMainCode() {
        Pattern pair = Pattern.compile("(new FieldProblem|InvalidInputException\\.of|new SheetProblem)\\([^;]*\"[^\"]*"
                + "[\\u4e00-\\u9fff]");
        List<String> found = sources.entrySet().stream().filter(e -> pair.matcher(e.getValue()).find())
                .map(e -> e.getKey().toString()).toList();
        assertThat(found).isEmpty();
    }

    @Test
    @DisplayName("渲染：数字不分组，列表按语言连接 / rendering: numbers plain, lists joined per language")
    void rendering() {
        Message message = Message.of("reason.overMax", "迎春社区", 12000, 10);
        assertThat(message.zh()).isEqualTo("迎春社区有12000个成员单位，超过上限10个。");
        assertThat(message.en()).isEqualTo("迎春社区 has 12000 members, above its maximum of 10.");
        Message needs = Message.of("reason.uncoveredNeeds", "迎春社区",
                Localized.list(List.of(Localized.term("养老服务", "elderly care"), Localized.term("法律援助", "legal aid"))));
        assertThat(needs.zh()).isEqualTo("迎春社区的需求养老服务、法律援助没有成员单位能够满足。");
        assertThat(needs.en()).isEqualTo("No member of 迎春社区 covers its needs: elderly care, legal aid.");
        assertThat(Message.of("error.planNotFound.title").both()).isEqualTo("方案不存在 / Plan not found");
        assertThat(Message.of("no.such.code", 1).zh()).as("a missing code shows itself").isEqualTo("no.such.code[1]");
    }

    private static List<String> matches(String source, String regex) {
        Matcher m = Pattern.compile(regex).matcher(source);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
