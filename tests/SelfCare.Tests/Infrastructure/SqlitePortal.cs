namespace SelfCare.Tests.Infrastructure;

public sealed class SqlitePortal() : PortalFactory(postgres: false);
