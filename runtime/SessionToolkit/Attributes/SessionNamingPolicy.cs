namespace SessionToolkit;

/// <summary>How the generator turns a member name into its JSON name.</summary>
public enum SessionNamingPolicy
{
    /// <summary>The name as declared in C#, without a leading <c>@</c>.</summary>
    AsDeclared = 0,

    /// <summary><c>RunningJob</c> becomes <c>running_job</c>.</summary>
    SnakeCase = 1,

    /// <summary><c>RunningJob</c> becomes <c>runningJob</c>.</summary>
    CamelCase = 2,
}
