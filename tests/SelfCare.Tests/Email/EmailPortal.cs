namespace SelfCare.Tests.Email;

public sealed class EmailPortal() : EmailPortalBase(postgres: false);
