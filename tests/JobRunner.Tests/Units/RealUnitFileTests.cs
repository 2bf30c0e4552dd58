using System.Linq;
using JobRunner.Planning;
using JobRunner.Tests.Infrastructure;
using Xunit;

namespace JobRunner.Tests.Units;

public class RealUnitFileTests
{
    [Theory]
    [InlineData("cpu-jobs.pxu", 18, 2)]
    [InlineData("info-jobs.pxu", 53, 2)]
    [InlineData("miscellanea-jobs.pxu", 49, 3)]
    public void JobAndTemplateCounts(string file, int jobs, int templates)
    {
        var catalog = RealUnitFiles.Load(file);

        Assert.Equal(jobs, catalog.Units.Count(unit => unit.IsJob));
        Assert.Equal(templates, catalog.Units.Count(unit => unit.IsTemplate));
        Assert.Equal(jobs + templates, catalog.Units.Count);
    }

    [Fact]
    public void AllFilesLoadTogether()
    {
        var catalog = RealUnitFiles.Load("cpu-jobs.pxu", "info-jobs.pxu", "miscellanea-jobs.pxu");

        Assert.Equal(127, catalog.Units.Count);
    }

    [Fact]
    public void CstatesPluginWithoutSpace()
    {
        var unit = RealUnitFiles.Get(RealUnitFiles.Load("cpu-jobs.pxu"), "cpu/cstates");

        Assert.Equal("shell", unit.Plugin);
        Assert.Equal(210, unit.Line);
        Assert.Equal(211, unit.Fields["id"].Line);
        Assert.Equal(["PLAINBOX_SESSION_SHARE", "LD_LIBRARY_PATH", "SNAP"], unit.Environ);
    }

    [Fact]
    public void ScalingTestRequiresThreeLines()
    {
        var unit = RealUnitFiles.Get(RealUnitFiles.Load("cpu-jobs.pxu"), "cpu/scaling_test");

        Assert.Equal(
            "executable.name == 'fwts'\n'userspace' in cpuinfo.governors\n"
                + "cpuinfo.platform not in (\"ppc64el\", \"ppc64le\", \"s390x\")",
            unit.Requires
        );
        Assert.Equal(150.0, unit.EstimatedDuration);
        Assert.Equal("root", unit.User);
        Assert.Equal("Test the CPU scaling capabilities", unit.Summary);
    }

    [Fact]
    public void AttachmentDependsIsQualified()
    {
        var unit = RealUnitFiles.Get(RealUnitFiles.Load("cpu-jobs.pxu"), "cpu/scaling_test-log-attach");

        Assert.Equal("attachment", unit.Plugin);
        Assert.Equal(["com.canonical.certification::cpu/scaling_test"], unit.Depends);
    }

    [Fact]
    public void DmiCommandKeepsIndentedComment()
    {
        var unit = RealUnitFiles.Get(RealUnitFiles.Load("info-jobs.pxu"), "dmi_attachment");

        Assert.Equal(
            "# shellcheck disable=SC2015\n"
                + "[ -d /sys/class/dmi/id/ ] && (grep -r . /sys/class/dmi/id/ 2>/dev/null || true) || false",
            unit.Command
        );
        Assert.Equal(0.044, unit.EstimatedDuration);
    }

    [Fact]
    public void SubmissionResourcesDependsList()
    {
        var unit = RealUnitFiles.Get(RealUnitFiles.Load("miscellanea-jobs.pxu"), "miscellanea/submission-resources");

        Assert.Equal(26, unit.Depends.Count);
        Assert.Equal("com.canonical.certification::cdimage", unit.Depends[0]);
        Assert.Equal("com.canonical.certification::kernel_config_attachment", unit.Depends[^1]);
    }

    [Fact]
    public void TemplateUserWithoutSpace()
    {
        var unit = RealUnitFiles.Get(
            RealUnitFiles.Load("miscellanea-jobs.pxu"),
            "miscellanea/secure_boot_mode_{gadget}"
        );

        Assert.True(unit.IsTemplate);
        Assert.Equal("root", unit.User);
        Assert.Equal(174, unit.Fields["user"].Line);
    }

    [Fact]
    public void EmptyDescriptionIsKept()
    {
        var unit = RealUnitFiles.Get(RealUnitFiles.Load("miscellanea-jobs.pxu"), "miscellanea/tester-info");

        Assert.Equal("", unit.Fields["_description"].Value);
        Assert.Equal("manual", unit.Plugin);
    }

    [Fact]
    public void RealPlanSkipReasons()
    {
        var catalog = RealUnitFiles.Load("cpu-jobs.pxu", "info-jobs.pxu", "miscellanea-jobs.pxu");
        var plan = PlanBuilder.Build(catalog, [], "root", runRootJobs: true);
        string? Reason(string id) =>
            plan.Jobs.Single(job => job.Unit.Id == "com.canonical.certification::" + id).SkipReason;

        Assert.Equal(127, plan.Jobs.Count);
        Assert.Equal(
            "dependency 'com.canonical.certification::suspend/suspend_advanced_auto' is missing",
            Reason("after-suspend-cpu/scaling_test")
        );
        Assert.Equal("plugin 'manual' needs a person", Reason("miscellanea/tester-info"));
        Assert.Equal("plugin 'user-interact-verify' needs a person", Reason("miscellanea/chvt"));
        Assert.Equal("job has no plugin", Reason("miscellanea/ubuntu_drivers_list_oem_check"));
        Assert.Null(Reason("cpu/scaling_test"));
        Assert.Equal(62, plan.Jobs.Count(job => job.HasUnevaluatedRequires));
    }

    [Fact]
    public void RealRootJobsSkippedByDefault()
    {
        var catalog = RealUnitFiles.Load("cpu-jobs.pxu", "info-jobs.pxu", "miscellanea-jobs.pxu");

        var plan = PlanBuilder.Build(catalog, [], "root");

        // info/bootchart ends with a plain 'reboot' once its requires (not evaluated here) is false.
        var bootchart = plan.Jobs.Single(job => job.Unit.Id == "com.canonical.certification::info/bootchart");
        Assert.Equal(SkipReasons.RootJobNotAllowed, bootchart.SkipReason);
        var rootJobs = plan.Jobs.Where(job => job.Unit.User == "root").ToList();
        Assert.Equal(48, rootJobs.Count);
        Assert.All(rootJobs, job => Assert.NotNull(job.SkipReason));
    }

    [Fact]
    public void RealPlanHonoursAfter()
    {
        var catalog = RealUnitFiles.Load("cpu-jobs.pxu");
        var plan = PlanBuilder.Build(catalog, ["cpu/cstates.*"], "root");

        Assert.Equal(
            ["com.canonical.certification::cpu/cstates", "com.canonical.certification::cpu/cstates_results.log"],
            plan.Jobs.Select(job => job.Unit.Id)
        );
    }
}
