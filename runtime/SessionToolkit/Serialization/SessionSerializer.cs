namespace SessionToolkit;

/// <summary>Turns state objects into checkpoint bytes and back.</summary>
public static partial class SessionSerializer { }
