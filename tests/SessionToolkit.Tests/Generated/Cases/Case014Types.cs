using System.Collections.Generic;
using SessionToolkit;

namespace Lab;

[SessionState(Version = 1)]
public partial class TreeNode
{
    public string Name { get; set; } = "";
    public List<TreeNode> Children { get; set; } = new();
    public Dictionary<string, TreeNode>? ByKey { get; set; }
}

[SessionState(Version = 1)]
public partial class LinkedStep
{
    public int N { get; set; }
    public LinkedStep? Next { get; set; }
}
