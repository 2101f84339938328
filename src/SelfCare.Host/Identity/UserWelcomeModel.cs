namespace SelfCare.Host.Identity;

/// <summary>Model of "user-welcome": a user created by staff, an admin or the API, with their one-time access code.</summary>
internal sealed record UserWelcomeModel(string UserName, string Username, string AccessCode, string ActivationUrl, int ValidForDays);
