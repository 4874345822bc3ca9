package org.herald.events.petrarch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the bracketed code blocks of actor lines: {@code [ARN]}, {@code [USAGOV 991201-010114] [---]}. */
final class CodeBlocks {
    private static final Pattern BLOCK = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern RANGE = Pattern.compile("(\\d{6,8})\\s*-\\s*(\\d{6,8})");
    private static final Pattern BOUND = Pattern.compile("([<>])\\s*(\\d{6,8})");

    private CodeBlocks() {}

    /** Text before the first {@code [}, or the whole text. */
    static String head(String text) {
        int open = text.indexOf('[');
        return open < 0 ? text : text.substring(0, open);
    }

    static List<DatedCode> parse(DictionaryLines.Line line, String text) {
        int open = text.indexOf('[');
        if (open < 0) {
            return List.of();
        }
        String blocks = text.substring(open);
        if (blocks.chars().filter(c -> c == '[').count() != blocks.chars().filter(c -> c == ']').count()) {
            throw line.error("unbalanced [ ] in code block");
        }
        List<DatedCode> codes = new ArrayList<>();
        Matcher m = BLOCK.matcher(blocks);
        while (m.find()) {
            codes.add(block(line, m.group(1).strip()));
        }
        return codes;
    }

    // "HOBGOV 19950601 - 19990815", "HOB < 950601", "HOBREB >990816", "ARN"
    private static DatedCode block(DictionaryLines.Line line, String body) {
        if (body.isEmpty()) {
            throw line.error("empty code block");
        }
        String[] parts = body.split("\\s+", 2);
        String code = parts[0];
        if (Character.isDigit(code.charAt(0)) || code.startsWith("<") || code.startsWith(">")) {
            throw line.error("code block has a date but no code");
        }
        if (parts.length == 1) {
            // "[ONO<911226]" has no space before the restriction
            Matcher tight = Pattern.compile("([^<>]+)([<>].*)").matcher(code);
            if (!tight.matches()) {
                return DatedCode.always(code);
            }
            code = tight.group(1);
            parts = new String[] {code, tight.group(2)};
        }
        String restriction = parts[1].strip();
        Matcher range = RANGE.matcher(restriction);
        if (range.matches()) {
            // "[ORCHOB 20100109-20100112]" includes its last day
            return new DatedCode(code, Optional.of(date(line, range.group(1))),
                    Optional.of(date(line, range.group(2)).plusDays(1)));
        }
        Matcher bound = BOUND.matcher(restriction);
        if (bound.matches()) {
            LocalDate d = date(line, bound.group(2));
            return bound.group(1).equals("<")
                    ? new DatedCode(code, Optional.empty(), Optional.of(d))
                    : new DatedCode(code, Optional.of(d), Optional.empty());
        }
        throw line.error("cannot read date restriction \"" + restriction + "\"");
    }

    /** "19950601" or TABARI's "950601" (years before 30 are 20xx). */
    private static LocalDate date(DictionaryLines.Line line, String digits) {
        String full = digits;
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            full = (yy < 30 ? "20" : "19") + digits;
        } else if (digits.length() != 8) {
            throw line.error("a date needs 6 or 8 digits: " + digits);
        }
        try {
            return LocalDate.parse(full, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw line.error("not a date: " + digits);
        }
    }
}
