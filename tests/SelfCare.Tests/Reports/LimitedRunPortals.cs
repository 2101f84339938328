namespace SelfCare.Tests.Reports;

public sealed class LimitedRunSqlitePortal() : LimitedRunPortal(postgres: false);

public sealed class LimitedRunPostgresPortal() : LimitedRunPortal(postgres: true);
