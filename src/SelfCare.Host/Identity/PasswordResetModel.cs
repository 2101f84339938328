namespace SelfCare.Host.Identity;

/// <summary>Model of "password-reset": the one-time reset link (and its code).</summary>
internal sealed record PasswordResetModel(string UserName, string ResetUrl, string AccessCode, int ValidForHours);
