namespace SelfCare.Platform.Email;

/// <summary>Where an outbox message is in its life. Stored by name.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for its next attempt (<see cref="OutboxMessage.NextAttemptAt"/>).</summary>
    Pending,

    /// <summary>Claimed by a dispatcher until <see cref="OutboxMessage.LeaseUntil"/>; retried after that if the dispatcher died.</summary>
    Sending,

    Sent,

    /// <summary>Gave up after the maximum number of attempts; a tenant admin may retry it.</summary>
    Dead,
}
