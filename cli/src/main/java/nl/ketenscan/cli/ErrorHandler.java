package nl.ketenscan.cli;

import nl.ketenscan.crawler.store.ScanStoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints user errors as one clear message instead of a stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof UserError error) {
            commandLine.getErr().println("ketenscan: " + error.getMessage());
            return error.exitCode();
        }
        if (e instanceof ScanStoreException failed) {
            // the message names the file and what to do (free disk space, another folder); the trace adds nothing
            commandLine.getErr().println("ketenscan: " + failed.getMessage());
            return ExitCode.CANNOT_RUN;
        }
        commandLine.getErr().println("ketenscan: unexpected error: " + e);
        e.printStackTrace(commandLine.getErr());
        return ExitCode.CANNOT_RUN;
    }
}
