namespace SelfCare.Host.Identity;

/// <summary>Model of "signup-decided": to the person who asked to join, with the admins' decision.</summary>
internal sealed record SignUpDecidedModel(string UserName, string AccountName, bool Approved, string LoginUrl);
