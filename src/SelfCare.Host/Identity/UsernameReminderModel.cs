namespace SelfCare.Host.Identity;

/// <summary>Model of "username-reminder": the username of the address that asked.</summary>
internal sealed record UsernameReminderModel(string UserName, string Username, string LoginUrl);
