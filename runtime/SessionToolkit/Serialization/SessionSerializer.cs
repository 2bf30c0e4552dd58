namespace SessionToolkit;

/// <summary>
/// Turns state objects into checkpoint bytes and back. A checkpoint is a gzip-compressed UTF-8 JSON envelope
/// <c>{"version": N, "type": "...", "metadata": {...}, "session": {...}}</c>; docs/format.md describes it.
/// </summary>
public static partial class SessionSerializer { }
