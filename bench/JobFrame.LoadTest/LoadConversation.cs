namespace JobFrame.LoadTest;

/// <summary>The conversation of a <see cref="LoadActivity"/>: a personal chat of its own per simulated user.</summary>
internal sealed record LoadConversation(string Id, string ConversationType);
