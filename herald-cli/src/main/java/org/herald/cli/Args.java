package org.herald.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a command's arguments left to right: options ({@code --name value} or {@code --name=value}, flags
 * {@code --name}) and operands. {@code --} ends the options; a lone {@code -} is an operand (standard input).
 * Any mistake throws {@link UsageException}, so a misspelt option is never silently ignored.
 */
final class Args {
    private final List<String> args;
    private final String usage;
    private int next;
    private boolean optionsEnded;
    private String pendingValue;

    /** @param usage the command's usage text, shown with any error */
    Args(List<String> args, String usage) {
        this.args = List.copyOf(args);
        this.usage = usage;
    }

    /** An error in this command line, to be thrown by the command. */
    UsageException error(String message) {
        return new UsageException(message, usage);
    }

    /** The next option name without its dashes, or empty when the next argument is an operand or none is left. */
    Optional<String> nextOption() {
        if (optionsEnded || next >= args.size()) {
            return Optional.empty();
        }
        String a = args.get(next);
        if (a.equals("--")) {
            optionsEnded = true;
            next++;
            return Optional.empty();
        }
        if (!a.startsWith("-") || a.equals("-")) {
            return Optional.empty();
        }
        next++;
        String name = a.startsWith("--") ? a.substring(2) : a.substring(1);
        int eq = name.indexOf('=');
        if (eq >= 0) {
            pendingValue = name.substring(eq + 1);
            name = name.substring(0, eq);
        }
        return Optional.of(name);
    }

    /** The value of the option just returned by {@link #nextOption()}. */
    String value(String option) {
        if (pendingValue != null) {
            String v = pendingValue;
            pendingValue = null;
            return v;
        }
        if (next >= args.size()) {
            throw error("option --" + option + " needs a value");
        }
        return args.get(next++);
    }

    /** Like {@link #value} for a positive whole number. */
    int positiveInt(String option) {
        String v = value(option);
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name, which the exception does not know
        }
        throw error("option --" + option + " needs a positive whole number, not '" + v + "'");
    }

    /** Fails for an option the command does not know; call from the command's default branch. */
    UsageException unknown(String option) {
        return error("unknown option --" + option);
    }

    /** Rejects a {@code --flag=value} given to an option that takes no value. */
    void flag(String option) {
        if (pendingValue != null) {
            throw error("option --" + option + " takes no value");
        }
    }

    /** Takes the next operand; call when {@link #nextOption()} returned empty. Empty when none is left. */
    Optional<String> nextOperand() {
        return next < args.size() ? Optional.of(args.get(next++)) : Optional.empty();
    }

    /** What a command does with one of its options; it reads the option's value from the {@link Args} itself. */
    @FunctionalInterface
    interface OptionHandler {
        void option(String name);
    }

    /**
     * Reads the whole command line: hands each option to {@code handler} (which throws {@link #unknown} for one
     * the command does not take) and returns the operands in order; empty when {@code --help} was given, so the
     * command prints its usage.
     */
    Optional<List<String>> read(OptionHandler handler) {
        List<String> operands = new ArrayList<>();
        while (true) {
            Optional<String> option = nextOption();
            if (option.isPresent()) {
                if (option.get().equals("help")) {
                    return Optional.empty();
                }
                handler.option(option.get());
                continue;
            }
            Optional<String> operand = nextOperand();
            if (operand.isEmpty()) {
                return Optional.of(operands);
            }
            operands.add(operand.get());
        }
    }

    /** All remaining arguments as operands, whatever they look like. */
    List<String> rest() {
        List<String> rest = new ArrayList<>(args.subList(next, args.size()));
        next = args.size();
        return rest;
    }
}
