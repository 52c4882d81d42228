package org.budgetdisclosure.examples;

/**
 * 上海市普陀区财政局 2025 given as three units ({@code shanghai-putuo-finance-bureau-2025-units.json}): the department's
 * disclosure, consolidated from its units, rendered with {@code shanghai-2025-department} and read back from every
 * format against the published document, cell for cell, as the one-unit file is
 * ({@link ShanghaiFinanceBureauRenderingTest}).
 */
class ShanghaiFinanceBureauUnitsRenderingTest extends ShanghaiFinanceBureauRenderingTest {

    ShanghaiFinanceBureauUnitsRenderingTest() throws Exception {}

    @Override
    String budgetFile() {
        return "shanghai-putuo-finance-bureau-2025-units.json";
    }
}
