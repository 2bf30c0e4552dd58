using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using SessionToolkit.Generators.Model;

namespace SessionToolkit.Generators;

public sealed partial class SessionStateGenerator
{
    private sealed partial class TypeParser
    {
        // SESS029: an older checkpoint lacks a Since member, and one the generated code must set resumes as null.
        // Only a migration from version Since - 1 can fill it in, because every older checkpoint passes through it.
        private void CheckNewMembersResumeNull(
            List<MemberCandidate> members,
            List<MemberSpec> specs,
            EquatableArray<MigrationSpec> migrations,
            int version
        )
        {
            if (!isState)
            {
                return;
            }

            foreach (var member in members)
            {
                // A Since above the version is SESS005's to report, and no migration could be added for it.
                var spec = specs.FirstOrDefault(s => s.JsonName == member.JsonName);
                if (member.Since <= 1 || member.Since > version || spec is null)
                {
                    continue;
                }

                // The same test as the null check that suspend makes, so the rule fires exactly where it would throw.
                var rejectsNull = spec.Type.IsReference && !spec.Type.AllowsNull;
                if (spec.Assignment == MemberAssignment.Setter || !rejectsNull)
                {
                    continue;
                }

                var previous = member.Since - 1;
                if (migrations.Any(m => m.FromVersion == previous))
                {
                    continue;
                }

                var persist = FindAttribute(member.Symbol, KnownNames.PersistAttribute);
                Report(
                    DiagnosticDescriptors.NewMemberResumesAsNull,
                    (persist is null ? null : NamedArgumentLocation(persist, "Since")) ?? member.Symbol.Locations[0],
                    member.Symbol.Name,
                    member.Since.ToString(CultureInfo.InvariantCulture),
                    member.Type.ToDisplayString(),
                    previous.ToString(CultureInfo.InvariantCulture)
                );
            }
        }
    }
}
