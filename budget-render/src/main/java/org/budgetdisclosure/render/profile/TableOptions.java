package org.budgetdisclosure.render.profile;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
import org.budgetdisclosure.model.statements.BasicColumn;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.model.statements.FundExpenditureColumn;
import org.budgetdisclosure.model.statements.RevenueColumn;
import org.budgetdisclosure.model.statements.Statement;
import org.budgetdisclosure.model.statements.StatementId;
import org.budgetdisclosure.model.statements.Statements;

/**
 * The options of a profile descriptor's tables, each read by the word the descriptor writes ({@link Words}); a
 * word that is none of them is refused at its line.
 */
final class TableOptions {

    private TableOptions() {}

    /** Which facts a layout publishes. */
    enum Family implements Words.Word {
        /** A department's budget (部门预算), the default. */
        BUDGET,
        /** A department's final accounts (部门决算): its tables use the {@code final-*} layouts. */
        FINAL_ACCOUNTS
    }

    /** How a hierarchy prints a row's code. */
    enum CodeColumns implements Words.Word {
        /** The code in one column, the default. */
        SINGLE,
        /** 类 | 款 | 项 in columns of their own, as Shanghai prints them. */
        SPLIT
    }

    /** Where a hierarchy's total row (合计) stands. */
    enum TotalRow implements Words.Word {
        /** First, the default. */
        TOP,
        /** Last. */
        BOTTOM
    }

    /** How the zero cells of a “三公” table print. */
    enum ZeroCells implements Words.Word {
        /** Blank, the default. */
        BLANK,
        /** As a number in the columns whose total is not zero. */
        WHERE_COLUMN_USED
    }

    /** How a label stands in its cell. */
    enum Align implements Words.Word {
        /** Left. */
        LEFT,
        /** Centred. */
        CENTRE,
        /** Right. */
        RIGHT
    }

    /** Which statement rows a summary's right side lists. */
    enum RightRows implements Words.Word {
        /** Table 1's 类, one amount. */
        SUMMARY_CLASSES("summary.classes"),
        /** Table 4's 类 by fund. */
        FISCAL_CLASSES("fiscal.classes"),
        /** Table 3's 类 by type, with 人员经费 and 公用经费 (Shanghai's unit 财务收支预算总表). */
        EXPENDITURE_CLASSES("expenditure.classes");

        private final String word;

        RightRows(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }

    /** The statements a budget's {@code hierarchy} table may show, with their columns. */
    enum BudgetStatement implements Words.Word {
        /** 收入总表. */
        REVENUE(RevenueColumn.values(), Statements::revenue, StatementId.REVENUE),
        /** 支出总表. */
        EXPENDITURE(ExpenditureColumn.values(), Statements::expenditure, StatementId.EXPENDITURE),
        /** 一般公共预算财政拨款支出表. */
        GENERAL_PUBLIC(
                FundExpenditureColumn.values(),
                Statements::generalPublicExpenditure,
                StatementId.GENERAL_PUBLIC_EXPENDITURE),
        /** 一般公共预算财政拨款基本支出表, by economic code (类 款). */
        GENERAL_PUBLIC_BASIC(
                BasicColumn.values(),
                Statements::generalPublicBasicExpenditure,
                StatementId.GENERAL_PUBLIC_BASIC_EXPENDITURE),
        /** 政府性基金预算财政拨款支出表. */
        GOVERNMENT_FUND(
                FundExpenditureColumn.values(),
                Statements::governmentFundExpenditure,
                StatementId.GOVERNMENT_FUND_EXPENDITURE),
        /** 国有资本经营预算财政拨款支出表. */
        STATE_CAPITAL(
                FundExpenditureColumn.values(),
                Statements::stateCapitalExpenditure,
                StatementId.STATE_CAPITAL_EXPENDITURE);

        private final Set<String> columns;
        private final Function<Statements, Statement<?>> statement;
        private final StatementId id;

        BudgetStatement(Enum<?>[] columns, Function<Statements, Statement<?>> statement, StatementId id) {
            this.columns = names(columns);
            this.statement = statement;
            this.id = id;
        }

        /** @return the names of its columns, sorted */
        Set<String> columns() {
            return columns;
        }

        /** @param s the statements @return this statement of them */
        Statement<?> of(Statements s) {
            return statement.apply(s);
        }

        /** @return the statement's id, for its number among the nine */
        StatementId id() {
            return id;
        }

        /** @return how many levels its codes have: 类 款 项 (functional) or 类 款 (economic) */
        int codeLevels() {
            return this == GENERAL_PUBLIC_BASIC ? 2 : 3;
        }
    }

    /** The statements a {@code final-hierarchy} table may show (部门决算), with their columns. */
    enum FinalStatement implements Words.Word {
        /** 收入决算表. */
        FINAL_REVENUE(
                org.budgetdisclosure.model.finalaccounts.statements.RevenueColumn.values(),
                FinalStatements::revenueStatement),
        /** 支出决算表. */
        FINAL_EXPENDITURE(
                org.budgetdisclosure.model.finalaccounts.statements.SpendingColumn.values(),
                FinalStatements::expenditureStatement),
        /** 一般公共预算财政拨款支出决算表. */
        FINAL_GENERAL_PUBLIC(
                org.budgetdisclosure.model.finalaccounts.statements.GeneralPublicColumn.values(),
                FinalStatements::generalPublicStatement),
        /** 政府性基金预算财政拨款收入支出决算表. */
        FINAL_GOVERNMENT_FUND(
                org.budgetdisclosure.model.finalaccounts.statements.FundColumn.values(),
                FinalStatements::governmentFundStatement),
        /** 国有资本经营预算财政拨款支出决算表. */
        FINAL_STATE_CAPITAL(
                org.budgetdisclosure.model.finalaccounts.statements.FundColumn.values(),
                FinalStatements::stateCapitalStatement);

        private final Set<String> columns;
        private final Function<FinalStatements, org.budgetdisclosure.model.finalaccounts.statements.FinalStatement<?>>
                statement;

        FinalStatement(
                Enum<?>[] columns,
                Function<FinalStatements, org.budgetdisclosure.model.finalaccounts.statements.FinalStatement<?>>
                        statement) {
            this.columns = names(columns);
            this.statement = statement;
        }

        /** @return the names of its columns, sorted */
        Set<String> columns() {
            return columns;
        }

        /** @param s the statements @return this statement of them */
        org.budgetdisclosure.model.finalaccounts.statements.FinalStatement<?> of(FinalStatements s) {
            return statement.apply(s);
        }
    }

    /** @param values an enum's constants @return their names, sorted */
    static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
