package dev.phaseshift.plan.sim;

import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.AddUnique;
import dev.phaseshift.plan.op.AlterColumnType;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.CreateTable;
import dev.phaseshift.plan.op.CreateTrigger;
import dev.phaseshift.plan.op.CreateView;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.DropConstraint;
import dev.phaseshift.plan.op.DropDefault;
import dev.phaseshift.plan.op.DropIndex;
import dev.phaseshift.plan.op.DropNotNull;
import dev.phaseshift.plan.op.DropTable;
import dev.phaseshift.plan.op.DropTrigger;
import dev.phaseshift.plan.op.DropView;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.RenameColumn;
import dev.phaseshift.plan.op.RenameTable;
import dev.phaseshift.plan.op.ReplaceView;
import dev.phaseshift.plan.op.SetDefault;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.plan.op.Verify;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan on the demo estate that uses every operation type on a PostgreSQL service (customers) and a MariaDB
 * one (shipping), each step in its own phase so that every prefix of the plan is a phase boundary.
 */
final class EveryOperationPlan {
    private EveryOperationPlan() {
    }

    static List<Operation> operations(String parent, boolean postgres) {
        String t = "referrals";
        return List.of(
                new CreateTable(t, List.of(new ColumnSpec("id", "bigint", false, null), ColumnSpec.of("parent_id", "bigint"),
                        ColumnSpec.of("code", "varchar(20)")), List.of("id")),
                new AddColumn(parent, ColumnSpec.of("nickname", "varchar(40)")),
                new RenameColumn(parent, "nickname", "alias"),
                new AlterColumnType(parent, "alias", "varchar(80)", null),
                new SetDefault(parent, "alias", "'none'"),
                new DropDefault(parent, "alias"),
                new SetNotNull(t, "code"),
                new DropNotNull(t, "code"),
                new CreateIndex("referrals_parent_idx", t, List.of("parent_id"), null, null),
                new DropIndex("referrals_parent_idx", t),
                new AddForeignKey("referrals_parent_fk", t, List.of("parent_id"), parent, List.of("id"), null),
                new AddCheck("referrals_code_ck", t, "code <> ''"),
                new AddUnique("referrals_code_uq", t, List.of("code")),
                new DropConstraint("referrals_code_ck", t),
                new CreateView("referral_codes", "SELECT code FROM referrals"),
                new ReplaceView("referral_codes", "SELECT code, id FROM referrals"),
                new DropView("referral_codes"),
                postgres ? new CreateTrigger("referrals_sync", t, "before", List.of("insert", "update"),
                        "NEW.code := upper(NEW.code);")
                        : new CreateTrigger("referrals_sync", t, "before", List.of("insert"),
                        "SET NEW.code = upper(NEW.code);"),
                new DropTrigger("referrals_sync", t),
                new Backfill(t, "code = upper(code)", "code IS NOT NULL", 500, 0),
                new Sql("UPDATE referrals SET code = NULL WHERE 1 = 0", "UPDATE referrals SET code = code WHERE 1 = 0"),
                new Verify("SELECT count(*) >= 0 FROM referrals"),
                new RenameTable(t, "customer_referrals"),
                new DropColumn(parent, "alias"),
                new DropTable("customer_referrals"));
    }

    static Plan plan() {
        List<Phase> phases = new ArrayList<>();
        add(phases, "customers", operations("customers", true));
        add(phases, "shipping", operations("carriers", false));
        return Plan.of("every operation", null, phases);
    }

    private static void add(List<Phase> phases, String service, List<Operation> ops) {
        for (int i = 0; i < ops.size(); i++) {
            String id = service + "-" + (i + 1) + "-" + ops.get(i).operationName();
            phases.add(Phase.of(id, PhaseKind.EXPAND, List.of(Step.of(id, service, ops.get(i)))));
        }
    }
}
