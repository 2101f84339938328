namespace SelfCare.Tests.Infrastructure;

public sealed class PostgresPortal() : PortalFactory(postgres: true);
