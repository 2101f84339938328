namespace SelfCare.Tests.Email;

public sealed class EmailPostgresPortal() : EmailPortalBase(postgres: true);
