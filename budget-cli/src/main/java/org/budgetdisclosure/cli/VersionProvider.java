package org.budgetdisclosure.cli;

import picocli.CommandLine;

/** The version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = BudgetCommand.class.getPackage().getImplementationVersion();
        return new String[] {"budget " + (version == null ? "(development build)" : version)};
    }
}
