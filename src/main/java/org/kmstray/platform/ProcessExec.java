package org.kmstray.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external program with a timeout and captures what it prints.
 *
 * <p>Never throws for a program that is missing or cannot start: the {@link Result} says so, because
 * callers turn every outcome into a message for the user. On timeout the whole process tree is killed,
 * so a script host that spawned a child (or shows a dialog nobody can click) does not linger.
 */
public final class ProcessExec {
    /** Beyond this, output is drained and dropped so a chatty program cannot exhaust memory. */
    static final int MAX_CAPTURE_BYTES = 16 * 1024 * 1024;
    /** How long to wait for a killed process and its output pipes to close before giving up on them. */
    private static final Duration AFTER_KILL = Duration.ofSeconds(5);

    private ProcessExec() {
    }

    /** How the run ended. */
    public enum Outcome {
        /** The program ran and exited by itself; {@link Result#exitCode()} holds its code. */
        EXITED,
        /** It ran longer than the timeout and was killed together with its child processes. */
        TIMED_OUT,
        /** The program file does not exist. */
        NOT_FOUND,
        /** The program exists but could not be started (permissions, not executable …). */
        NOT_STARTED
    }

    /**
     * @param exitCode the program's exit code when {@link Outcome#EXITED}, otherwise -1
     * @param stdout what it printed to standard output, decoded with the requested charset ("" if nothing)
     * @param stderr the same for standard error
     * @param problem a short technical note when it did not exit by itself (for logs, not for users), else ""
     * @param truncated true when an output stream exceeded {@value #MAX_CAPTURE_BYTES} bytes and was cut
     */
    public record Result(Outcome outcome, int exitCode, String stdout, String stderr, String problem, boolean truncated) {
        public boolean exited() {
            return outcome == Outcome.EXITED;
        }

        public boolean succeeded() {
            return outcome == Outcome.EXITED && exitCode == 0;
        }
    }

    /**
     * Runs {@code command} (program first, by its full path, then its arguments, passed as they are without a
     * shell).
     * Standard input is closed at once so a program waiting for keyboard input ends instead of hanging.
     */
    public static Result run(List<String> command, Duration timeout, Charset charset) {
        Objects.requireNonNull(charset, "charset");
        if (command == null || command.isEmpty() || command.get(0) == null || command.get(0).isBlank()) {
            throw new IllegalArgumentException("a command needs a program");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a command needs a positive timeout");
        }
        String program = command.get(0);
        if (!isAbsolute(program)) {
            // A bare name is looked up through PATH, and on Windows in the current folder first: a program
            // there could be one the user (or malware) planted. Callers name system binaries by full path.
            return notRun(Outcome.NOT_STARTED, "program must be given by its full path: " + program);
        }
        if (!Files.isRegularFile(Path.of(program))) {
            return notRun(Outcome.NOT_FOUND, "program not found: " + program);
        }
        Process process;
        try {
            process = new ProcessBuilder(List.copyOf(command)).start();
        } catch (IOException | RuntimeException e) {
            Outcome outcome = isFileNotFound(e) ? Outcome.NOT_FOUND : Outcome.NOT_STARTED;
            return notRun(outcome, String.valueOf(e.getMessage()));
        }
        closeQuietly(process);
        StreamCollector out = StreamCollector.start(process.getInputStream(), "process-stdout");
        StreamCollector err = StreamCollector.start(process.getErrorStream(), "process-stderr");

        boolean finished;
        try {
            finished = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            killTree(process);
        }
        // A killed tree closes its pipes; a grandchild that kept them open is not waited for forever.
        out.awaitEnd(AFTER_KILL);
        err.awaitEnd(AFTER_KILL);
        boolean truncated = out.truncated() || err.truncated();
        String stdout = out.text(charset);
        String stderr = err.text(charset);
        if (!finished) {
            return new Result(Outcome.TIMED_OUT, -1, stdout, stderr,
                    "no exit within " + timeout.toMillis() + " ms; process tree killed", truncated);
        }
        return new Result(Outcome.EXITED, process.exitValue(), stdout, stderr, "", truncated);
    }

    private static Result notRun(Outcome outcome, String problem) {
        return new Result(outcome, -1, "", "", problem, false);
    }

    private static boolean isAbsolute(String program) {
        try {
            return Path.of(program).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** errno ENOENT and Windows ERROR_FILE_NOT_FOUND are both 2; the JDK puts it in the message. */
    private static boolean isFileNotFound(Exception e) {
        String m = e.getMessage();
        return m != null && m.contains("error=2,");
    }

    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // The program may already have ended; nothing to write anyway.
        }
    }

    /**
     * Descendants are listed before anything is killed: once the parent is gone its children are
     * re-parented and can no longer be found from it.
     */
    private static void killTree(Process process) {
        List<ProcessHandle> tree = new ArrayList<>();
        try {
            process.descendants().forEach(tree::add);
        } catch (UnsupportedOperationException | SecurityException ignored) {
            // Without a process list only the direct child can be killed.
        }
        process.destroyForcibly();
        for (ProcessHandle child : tree) {
            child.destroyForcibly();
        }
        try {
            process.waitFor(AFTER_KILL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads one stream to its end on its own thread, so a full stderr pipe cannot block stdout or vice versa. */
    private static final class StreamCollector implements Runnable {
        private final InputStream in;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread thread;
        private boolean truncated;

        private StreamCollector(InputStream in, String name) {
            this.in = in;
            this.thread = new Thread(this, name);
            thread.setDaemon(true);
        }

        static StreamCollector start(InputStream in, String name) {
            StreamCollector c = new StreamCollector(in, name);
            c.thread.start();
            return c;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    synchronized (this) {
                        int room = MAX_CAPTURE_BYTES - bytes.size();
                        if (n > room) {
                            truncated = true;
                        }
                        bytes.write(buffer, 0, Math.max(0, Math.min(n, room)));
                    }
                }
            } catch (IOException ignored) {
                // The pipe closed under us (process killed): keep what arrived.
            }
        }

        void awaitEnd(Duration limit) {
            try {
                thread.join(Math.max(1, limit.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized boolean truncated() {
            return truncated;
        }

        synchronized String text(Charset charset) {
            return bytes.toString(charset);
        }
    }
}
