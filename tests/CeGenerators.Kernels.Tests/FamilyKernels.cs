// Kernels of the cross-entropy family under test, declared as users would (generated once by a script, kept as source).
// Every option combination for (double, K=3), (double, K=37), (float, K=10), (float, K=37) with Mean, and the other
// reductions with weights and smoothing. Each entry adapts its kernel to one delegate shape for the tests.
using System;
using CeGenerators;

namespace CeGenerators.Kernels.Tests;

public static partial class Family
{
    [CrossEntropyKernel(3)]
    public static partial double DK3_LSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, Span<double> gradient);
    [CrossEntropyKernel(3, LabelSmoothing = 0.1)]
    public static partial double DK3_LSS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(3, LabelSmoothing = 0.1)]
    public static partial double DK3_LSSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, Span<double> gradient);
    [CrossEntropyKernel(3)]
    public static partial double DK3_LSW_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(3)]
    public static partial double DK3_LSWG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(3, LabelSmoothing = 0.1)]
    public static partial double DK3_LSWS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(3, LabelSmoothing = 0.1)]
    public static partial double DK3_LSWSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(3)]
    public static partial double DK3_LD_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets);
    [CrossEntropyKernel(3)]
    public static partial double DK3_LDG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, Span<double> gradient);
    [CrossEntropyKernel(3, LabelSmoothing = 0.1)]
    public static partial double DK3_LDS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets);
    [CrossEntropyKernel(3, LabelSmoothing = 0.1)]
    public static partial double DK3_LDSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, Span<double> gradient);
    [CrossEntropyKernel(3)]
    public static partial double DK3_LDW_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(3)]
    public static partial double DK3_LDWG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(3, LabelSmoothing = 0.1)]
    public static partial double DK3_LDWS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(3, LabelSmoothing = 0.1)]
    public static partial double DK3_LDWSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities)]
    public static partial double DK3_PS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities)]
    public static partial double DK3_PSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, Span<double> gradient);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK3_PSS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK3_PSSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, Span<double> gradient);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities)]
    public static partial double DK3_PSW_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities)]
    public static partial double DK3_PSWG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK3_PSWS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK3_PSWSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities)]
    public static partial double DK3_PD_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities)]
    public static partial double DK3_PDG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, Span<double> gradient);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK3_PDS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK3_PDSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, Span<double> gradient);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities)]
    public static partial double DK3_PDW_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities)]
    public static partial double DK3_PDWG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK3_PDWS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(3, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK3_PDWSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(37)]
    public static partial double DK37_LSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, Span<double> gradient);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial double DK37_LSS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial double DK37_LSSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, Span<double> gradient);
    [CrossEntropyKernel(37)]
    public static partial double DK37_LSW_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(37)]
    public static partial double DK37_LSWG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial double DK37_LSWS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial double DK37_LSWSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(37)]
    public static partial double DK37_LD_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets);
    [CrossEntropyKernel(37)]
    public static partial double DK37_LDG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, Span<double> gradient);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial double DK37_LDS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial double DK37_LDSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, Span<double> gradient);
    [CrossEntropyKernel(37)]
    public static partial double DK37_LDW_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(37)]
    public static partial double DK37_LDWG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial double DK37_LDWS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial double DK37_LDWSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial double DK37_PS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial double DK37_PSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, Span<double> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK37_PSS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK37_PSSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, Span<double> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial double DK37_PSW_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial double DK37_PSWG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK37_PSWS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK37_PSWSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial double DK37_PD_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial double DK37_PDG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, Span<double> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK37_PDS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK37_PDSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, Span<double> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial double DK37_PDW_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial double DK37_PDWG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK37_PDWS_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial double DK37_PDWSG_Mean(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(10)]
    public static partial float FK10_LSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, Span<float> gradient);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1)]
    public static partial float FK10_LSS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1)]
    public static partial float FK10_LSSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, Span<float> gradient);
    [CrossEntropyKernel(10)]
    public static partial float FK10_LSW_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(10)]
    public static partial float FK10_LSWG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1)]
    public static partial float FK10_LSWS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1)]
    public static partial float FK10_LSWSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(10)]
    public static partial float FK10_LD_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets);
    [CrossEntropyKernel(10)]
    public static partial float FK10_LDG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, Span<float> gradient);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1)]
    public static partial float FK10_LDS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1)]
    public static partial float FK10_LDSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, Span<float> gradient);
    [CrossEntropyKernel(10)]
    public static partial float FK10_LDW_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(10)]
    public static partial float FK10_LDWG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1)]
    public static partial float FK10_LDWS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1)]
    public static partial float FK10_LDWSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities)]
    public static partial float FK10_PS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities)]
    public static partial float FK10_PSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, Span<float> gradient);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK10_PSS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK10_PSSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, Span<float> gradient);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities)]
    public static partial float FK10_PSW_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities)]
    public static partial float FK10_PSWG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK10_PSWS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK10_PSWSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities)]
    public static partial float FK10_PD_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities)]
    public static partial float FK10_PDG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, Span<float> gradient);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK10_PDS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK10_PDSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, Span<float> gradient);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities)]
    public static partial float FK10_PDW_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities)]
    public static partial float FK10_PDWG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK10_PDWS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK10_PDWSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(37)]
    public static partial float FK37_LSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, Span<float> gradient);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial float FK37_LSS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial float FK37_LSSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, Span<float> gradient);
    [CrossEntropyKernel(37)]
    public static partial float FK37_LSW_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(37)]
    public static partial float FK37_LSWG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial float FK37_LSWS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial float FK37_LSWSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(37)]
    public static partial float FK37_LD_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets);
    [CrossEntropyKernel(37)]
    public static partial float FK37_LDG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, Span<float> gradient);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial float FK37_LDS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial float FK37_LDSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, Span<float> gradient);
    [CrossEntropyKernel(37)]
    public static partial float FK37_LDW_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(37)]
    public static partial float FK37_LDWG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial float FK37_LDWS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1)]
    public static partial float FK37_LDWSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial float FK37_PS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial float FK37_PSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, Span<float> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK37_PSS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK37_PSSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, Span<float> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial float FK37_PSW_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial float FK37_PSWG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK37_PSWS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK37_PSWSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial float FK37_PD_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial float FK37_PDG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, Span<float> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK37_PDS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK37_PDSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, Span<float> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial float FK37_PDW_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities)]
    public static partial float FK37_PDWG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK37_PDWS_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1)]
    public static partial float FK37_PDWSG_Mean(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial double DK37_LSWS_Sum(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void DK37_LSWS_None(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> losses);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial double DK37_LSWSG_Sum(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void DK37_LSWSG_None(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> losses, Span<double> gradient);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial double DK37_LDWS_Sum(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void DK37_LDWS_None(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> losses);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial double DK37_LDWSG_Sum(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(37, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void DK37_LDWSG_None(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> losses, Span<double> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial double DK37_PSWS_Sum(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void DK37_PSWS_None(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> losses);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial double DK37_PSWSG_Sum(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void DK37_PSWSG_None(ReadOnlySpan<double> input, ReadOnlySpan<int> labels, ReadOnlySpan<double> weights, Span<double> losses, Span<double> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial double DK37_PDWS_Sum(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void DK37_PDWS_None(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> losses);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial double DK37_PDWSG_Sum(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> gradient);
    [CrossEntropyKernel(37, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void DK37_PDWSG_None(ReadOnlySpan<double> input, ReadOnlySpan<double> targets, ReadOnlySpan<double> weights, Span<double> losses, Span<double> gradient);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial float FK10_LSWS_Sum(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void FK10_LSWS_None(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> losses);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial float FK10_LSWSG_Sum(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void FK10_LSWSG_None(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> losses, Span<float> gradient);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial float FK10_LDWS_Sum(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void FK10_LDWS_None(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> losses);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial float FK10_LDWSG_Sum(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(10, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void FK10_LDWSG_None(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> losses, Span<float> gradient);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial float FK10_PSWS_Sum(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void FK10_PSWS_None(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> losses);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial float FK10_PSWSG_Sum(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void FK10_PSWSG_None(ReadOnlySpan<float> input, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> losses, Span<float> gradient);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial float FK10_PDWS_Sum(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void FK10_PDWS_None(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> losses);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.Sum)]
    public static partial float FK10_PDWSG_Sum(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> gradient);
    [CrossEntropyKernel(10, Input = LossInput.Probabilities, LabelSmoothing = 0.1, Reduction = LossReduction.None)]
    public static partial void FK10_PDWSG_None(ReadOnlySpan<float> input, ReadOnlySpan<float> targets, ReadOnlySpan<float> weights, Span<float> losses, Span<float> gradient);

    public static readonly FamilyKernel<double>[] Doubles =
    {
        new("DK3_LSG_Mean", 3, LossInput.Logits, false, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LSG_Mean(i, l, g)),
        new("DK3_LSS_Mean", 3, LossInput.Logits, false, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LSS_Mean(i, l)),
        new("DK3_LSSG_Mean", 3, LossInput.Logits, false, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LSSG_Mean(i, l, g)),
        new("DK3_LSW_Mean", 3, LossInput.Logits, false, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LSW_Mean(i, l, w)),
        new("DK3_LSWG_Mean", 3, LossInput.Logits, false, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LSWG_Mean(i, l, w, g)),
        new("DK3_LSWS_Mean", 3, LossInput.Logits, false, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LSWS_Mean(i, l, w)),
        new("DK3_LSWSG_Mean", 3, LossInput.Logits, false, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LSWSG_Mean(i, l, w, g)),
        new("DK3_LD_Mean", 3, LossInput.Logits, true, false, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LD_Mean(i, t)),
        new("DK3_LDG_Mean", 3, LossInput.Logits, true, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LDG_Mean(i, t, g)),
        new("DK3_LDS_Mean", 3, LossInput.Logits, true, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LDS_Mean(i, t)),
        new("DK3_LDSG_Mean", 3, LossInput.Logits, true, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LDSG_Mean(i, t, g)),
        new("DK3_LDW_Mean", 3, LossInput.Logits, true, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LDW_Mean(i, t, w)),
        new("DK3_LDWG_Mean", 3, LossInput.Logits, true, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LDWG_Mean(i, t, w, g)),
        new("DK3_LDWS_Mean", 3, LossInput.Logits, true, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LDWS_Mean(i, t, w)),
        new("DK3_LDWSG_Mean", 3, LossInput.Logits, true, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_LDWSG_Mean(i, t, w, g)),
        new("DK3_PS_Mean", 3, LossInput.Probabilities, false, false, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PS_Mean(i, l)),
        new("DK3_PSG_Mean", 3, LossInput.Probabilities, false, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PSG_Mean(i, l, g)),
        new("DK3_PSS_Mean", 3, LossInput.Probabilities, false, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PSS_Mean(i, l)),
        new("DK3_PSSG_Mean", 3, LossInput.Probabilities, false, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PSSG_Mean(i, l, g)),
        new("DK3_PSW_Mean", 3, LossInput.Probabilities, false, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PSW_Mean(i, l, w)),
        new("DK3_PSWG_Mean", 3, LossInput.Probabilities, false, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PSWG_Mean(i, l, w, g)),
        new("DK3_PSWS_Mean", 3, LossInput.Probabilities, false, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PSWS_Mean(i, l, w)),
        new("DK3_PSWSG_Mean", 3, LossInput.Probabilities, false, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PSWSG_Mean(i, l, w, g)),
        new("DK3_PD_Mean", 3, LossInput.Probabilities, true, false, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PD_Mean(i, t)),
        new("DK3_PDG_Mean", 3, LossInput.Probabilities, true, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PDG_Mean(i, t, g)),
        new("DK3_PDS_Mean", 3, LossInput.Probabilities, true, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PDS_Mean(i, t)),
        new("DK3_PDSG_Mean", 3, LossInput.Probabilities, true, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PDSG_Mean(i, t, g)),
        new("DK3_PDW_Mean", 3, LossInput.Probabilities, true, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PDW_Mean(i, t, w)),
        new("DK3_PDWG_Mean", 3, LossInput.Probabilities, true, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PDWG_Mean(i, t, w, g)),
        new("DK3_PDWS_Mean", 3, LossInput.Probabilities, true, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PDWS_Mean(i, t, w)),
        new("DK3_PDWSG_Mean", 3, LossInput.Probabilities, true, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK3_PDWSG_Mean(i, t, w, g)),
        new("DK37_LSG_Mean", 37, LossInput.Logits, false, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LSG_Mean(i, l, g)),
        new("DK37_LSS_Mean", 37, LossInput.Logits, false, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LSS_Mean(i, l)),
        new("DK37_LSSG_Mean", 37, LossInput.Logits, false, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LSSG_Mean(i, l, g)),
        new("DK37_LSW_Mean", 37, LossInput.Logits, false, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LSW_Mean(i, l, w)),
        new("DK37_LSWG_Mean", 37, LossInput.Logits, false, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LSWG_Mean(i, l, w, g)),
        new("DK37_LSWS_Mean", 37, LossInput.Logits, false, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LSWS_Mean(i, l, w)),
        new("DK37_LSWSG_Mean", 37, LossInput.Logits, false, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LSWSG_Mean(i, l, w, g)),
        new("DK37_LD_Mean", 37, LossInput.Logits, true, false, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LD_Mean(i, t)),
        new("DK37_LDG_Mean", 37, LossInput.Logits, true, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LDG_Mean(i, t, g)),
        new("DK37_LDS_Mean", 37, LossInput.Logits, true, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LDS_Mean(i, t)),
        new("DK37_LDSG_Mean", 37, LossInput.Logits, true, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LDSG_Mean(i, t, g)),
        new("DK37_LDW_Mean", 37, LossInput.Logits, true, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LDW_Mean(i, t, w)),
        new("DK37_LDWG_Mean", 37, LossInput.Logits, true, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LDWG_Mean(i, t, w, g)),
        new("DK37_LDWS_Mean", 37, LossInput.Logits, true, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LDWS_Mean(i, t, w)),
        new("DK37_LDWSG_Mean", 37, LossInput.Logits, true, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_LDWSG_Mean(i, t, w, g)),
        new("DK37_PS_Mean", 37, LossInput.Probabilities, false, false, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PS_Mean(i, l)),
        new("DK37_PSG_Mean", 37, LossInput.Probabilities, false, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PSG_Mean(i, l, g)),
        new("DK37_PSS_Mean", 37, LossInput.Probabilities, false, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PSS_Mean(i, l)),
        new("DK37_PSSG_Mean", 37, LossInput.Probabilities, false, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PSSG_Mean(i, l, g)),
        new("DK37_PSW_Mean", 37, LossInput.Probabilities, false, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PSW_Mean(i, l, w)),
        new("DK37_PSWG_Mean", 37, LossInput.Probabilities, false, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PSWG_Mean(i, l, w, g)),
        new("DK37_PSWS_Mean", 37, LossInput.Probabilities, false, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PSWS_Mean(i, l, w)),
        new("DK37_PSWSG_Mean", 37, LossInput.Probabilities, false, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PSWSG_Mean(i, l, w, g)),
        new("DK37_PD_Mean", 37, LossInput.Probabilities, true, false, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PD_Mean(i, t)),
        new("DK37_PDG_Mean", 37, LossInput.Probabilities, true, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PDG_Mean(i, t, g)),
        new("DK37_PDS_Mean", 37, LossInput.Probabilities, true, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PDS_Mean(i, t)),
        new("DK37_PDSG_Mean", 37, LossInput.Probabilities, true, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PDSG_Mean(i, t, g)),
        new("DK37_PDW_Mean", 37, LossInput.Probabilities, true, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PDW_Mean(i, t, w)),
        new("DK37_PDWG_Mean", 37, LossInput.Probabilities, true, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PDWG_Mean(i, t, w, g)),
        new("DK37_PDWS_Mean", 37, LossInput.Probabilities, true, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PDWS_Mean(i, t, w)),
        new("DK37_PDWSG_Mean", 37, LossInput.Probabilities, true, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => DK37_PDWSG_Mean(i, t, w, g)),
        new("DK37_LSWS_Sum", 37, LossInput.Logits, false, true, 0.1, false, LossReduction.Sum, (i, l, t, w, o, g) => DK37_LSWS_Sum(i, l, w)),
        new("DK37_LSWS_None", 37, LossInput.Logits, false, true, 0.1, false, LossReduction.None, (i, l, t, w, o, g) => { DK37_LSWS_None(i, l, w, o); return default; }),
        new("DK37_LSWSG_Sum", 37, LossInput.Logits, false, true, 0.1, true, LossReduction.Sum, (i, l, t, w, o, g) => DK37_LSWSG_Sum(i, l, w, g)),
        new("DK37_LSWSG_None", 37, LossInput.Logits, false, true, 0.1, true, LossReduction.None, (i, l, t, w, o, g) => { DK37_LSWSG_None(i, l, w, o, g); return default; }),
        new("DK37_LDWS_Sum", 37, LossInput.Logits, true, true, 0.1, false, LossReduction.Sum, (i, l, t, w, o, g) => DK37_LDWS_Sum(i, t, w)),
        new("DK37_LDWS_None", 37, LossInput.Logits, true, true, 0.1, false, LossReduction.None, (i, l, t, w, o, g) => { DK37_LDWS_None(i, t, w, o); return default; }),
        new("DK37_LDWSG_Sum", 37, LossInput.Logits, true, true, 0.1, true, LossReduction.Sum, (i, l, t, w, o, g) => DK37_LDWSG_Sum(i, t, w, g)),
        new("DK37_LDWSG_None", 37, LossInput.Logits, true, true, 0.1, true, LossReduction.None, (i, l, t, w, o, g) => { DK37_LDWSG_None(i, t, w, o, g); return default; }),
        new("DK37_PSWS_Sum", 37, LossInput.Probabilities, false, true, 0.1, false, LossReduction.Sum, (i, l, t, w, o, g) => DK37_PSWS_Sum(i, l, w)),
        new("DK37_PSWS_None", 37, LossInput.Probabilities, false, true, 0.1, false, LossReduction.None, (i, l, t, w, o, g) => { DK37_PSWS_None(i, l, w, o); return default; }),
        new("DK37_PSWSG_Sum", 37, LossInput.Probabilities, false, true, 0.1, true, LossReduction.Sum, (i, l, t, w, o, g) => DK37_PSWSG_Sum(i, l, w, g)),
        new("DK37_PSWSG_None", 37, LossInput.Probabilities, false, true, 0.1, true, LossReduction.None, (i, l, t, w, o, g) => { DK37_PSWSG_None(i, l, w, o, g); return default; }),
        new("DK37_PDWS_Sum", 37, LossInput.Probabilities, true, true, 0.1, false, LossReduction.Sum, (i, l, t, w, o, g) => DK37_PDWS_Sum(i, t, w)),
        new("DK37_PDWS_None", 37, LossInput.Probabilities, true, true, 0.1, false, LossReduction.None, (i, l, t, w, o, g) => { DK37_PDWS_None(i, t, w, o); return default; }),
        new("DK37_PDWSG_Sum", 37, LossInput.Probabilities, true, true, 0.1, true, LossReduction.Sum, (i, l, t, w, o, g) => DK37_PDWSG_Sum(i, t, w, g)),
        new("DK37_PDWSG_None", 37, LossInput.Probabilities, true, true, 0.1, true, LossReduction.None, (i, l, t, w, o, g) => { DK37_PDWSG_None(i, t, w, o, g); return default; }),
    };

    public static readonly FamilyKernel<float>[] Singles =
    {
        new("FK10_LSG_Mean", 10, LossInput.Logits, false, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LSG_Mean(i, l, g)),
        new("FK10_LSS_Mean", 10, LossInput.Logits, false, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LSS_Mean(i, l)),
        new("FK10_LSSG_Mean", 10, LossInput.Logits, false, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LSSG_Mean(i, l, g)),
        new("FK10_LSW_Mean", 10, LossInput.Logits, false, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LSW_Mean(i, l, w)),
        new("FK10_LSWG_Mean", 10, LossInput.Logits, false, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LSWG_Mean(i, l, w, g)),
        new("FK10_LSWS_Mean", 10, LossInput.Logits, false, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LSWS_Mean(i, l, w)),
        new("FK10_LSWSG_Mean", 10, LossInput.Logits, false, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LSWSG_Mean(i, l, w, g)),
        new("FK10_LD_Mean", 10, LossInput.Logits, true, false, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LD_Mean(i, t)),
        new("FK10_LDG_Mean", 10, LossInput.Logits, true, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LDG_Mean(i, t, g)),
        new("FK10_LDS_Mean", 10, LossInput.Logits, true, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LDS_Mean(i, t)),
        new("FK10_LDSG_Mean", 10, LossInput.Logits, true, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LDSG_Mean(i, t, g)),
        new("FK10_LDW_Mean", 10, LossInput.Logits, true, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LDW_Mean(i, t, w)),
        new("FK10_LDWG_Mean", 10, LossInput.Logits, true, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LDWG_Mean(i, t, w, g)),
        new("FK10_LDWS_Mean", 10, LossInput.Logits, true, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LDWS_Mean(i, t, w)),
        new("FK10_LDWSG_Mean", 10, LossInput.Logits, true, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_LDWSG_Mean(i, t, w, g)),
        new("FK10_PS_Mean", 10, LossInput.Probabilities, false, false, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PS_Mean(i, l)),
        new("FK10_PSG_Mean", 10, LossInput.Probabilities, false, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PSG_Mean(i, l, g)),
        new("FK10_PSS_Mean", 10, LossInput.Probabilities, false, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PSS_Mean(i, l)),
        new("FK10_PSSG_Mean", 10, LossInput.Probabilities, false, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PSSG_Mean(i, l, g)),
        new("FK10_PSW_Mean", 10, LossInput.Probabilities, false, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PSW_Mean(i, l, w)),
        new("FK10_PSWG_Mean", 10, LossInput.Probabilities, false, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PSWG_Mean(i, l, w, g)),
        new("FK10_PSWS_Mean", 10, LossInput.Probabilities, false, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PSWS_Mean(i, l, w)),
        new("FK10_PSWSG_Mean", 10, LossInput.Probabilities, false, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PSWSG_Mean(i, l, w, g)),
        new("FK10_PD_Mean", 10, LossInput.Probabilities, true, false, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PD_Mean(i, t)),
        new("FK10_PDG_Mean", 10, LossInput.Probabilities, true, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PDG_Mean(i, t, g)),
        new("FK10_PDS_Mean", 10, LossInput.Probabilities, true, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PDS_Mean(i, t)),
        new("FK10_PDSG_Mean", 10, LossInput.Probabilities, true, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PDSG_Mean(i, t, g)),
        new("FK10_PDW_Mean", 10, LossInput.Probabilities, true, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PDW_Mean(i, t, w)),
        new("FK10_PDWG_Mean", 10, LossInput.Probabilities, true, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PDWG_Mean(i, t, w, g)),
        new("FK10_PDWS_Mean", 10, LossInput.Probabilities, true, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PDWS_Mean(i, t, w)),
        new("FK10_PDWSG_Mean", 10, LossInput.Probabilities, true, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK10_PDWSG_Mean(i, t, w, g)),
        new("FK37_LSG_Mean", 37, LossInput.Logits, false, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LSG_Mean(i, l, g)),
        new("FK37_LSS_Mean", 37, LossInput.Logits, false, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LSS_Mean(i, l)),
        new("FK37_LSSG_Mean", 37, LossInput.Logits, false, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LSSG_Mean(i, l, g)),
        new("FK37_LSW_Mean", 37, LossInput.Logits, false, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LSW_Mean(i, l, w)),
        new("FK37_LSWG_Mean", 37, LossInput.Logits, false, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LSWG_Mean(i, l, w, g)),
        new("FK37_LSWS_Mean", 37, LossInput.Logits, false, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LSWS_Mean(i, l, w)),
        new("FK37_LSWSG_Mean", 37, LossInput.Logits, false, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LSWSG_Mean(i, l, w, g)),
        new("FK37_LD_Mean", 37, LossInput.Logits, true, false, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LD_Mean(i, t)),
        new("FK37_LDG_Mean", 37, LossInput.Logits, true, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LDG_Mean(i, t, g)),
        new("FK37_LDS_Mean", 37, LossInput.Logits, true, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LDS_Mean(i, t)),
        new("FK37_LDSG_Mean", 37, LossInput.Logits, true, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LDSG_Mean(i, t, g)),
        new("FK37_LDW_Mean", 37, LossInput.Logits, true, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LDW_Mean(i, t, w)),
        new("FK37_LDWG_Mean", 37, LossInput.Logits, true, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LDWG_Mean(i, t, w, g)),
        new("FK37_LDWS_Mean", 37, LossInput.Logits, true, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LDWS_Mean(i, t, w)),
        new("FK37_LDWSG_Mean", 37, LossInput.Logits, true, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_LDWSG_Mean(i, t, w, g)),
        new("FK37_PS_Mean", 37, LossInput.Probabilities, false, false, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PS_Mean(i, l)),
        new("FK37_PSG_Mean", 37, LossInput.Probabilities, false, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PSG_Mean(i, l, g)),
        new("FK37_PSS_Mean", 37, LossInput.Probabilities, false, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PSS_Mean(i, l)),
        new("FK37_PSSG_Mean", 37, LossInput.Probabilities, false, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PSSG_Mean(i, l, g)),
        new("FK37_PSW_Mean", 37, LossInput.Probabilities, false, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PSW_Mean(i, l, w)),
        new("FK37_PSWG_Mean", 37, LossInput.Probabilities, false, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PSWG_Mean(i, l, w, g)),
        new("FK37_PSWS_Mean", 37, LossInput.Probabilities, false, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PSWS_Mean(i, l, w)),
        new("FK37_PSWSG_Mean", 37, LossInput.Probabilities, false, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PSWSG_Mean(i, l, w, g)),
        new("FK37_PD_Mean", 37, LossInput.Probabilities, true, false, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PD_Mean(i, t)),
        new("FK37_PDG_Mean", 37, LossInput.Probabilities, true, false, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PDG_Mean(i, t, g)),
        new("FK37_PDS_Mean", 37, LossInput.Probabilities, true, false, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PDS_Mean(i, t)),
        new("FK37_PDSG_Mean", 37, LossInput.Probabilities, true, false, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PDSG_Mean(i, t, g)),
        new("FK37_PDW_Mean", 37, LossInput.Probabilities, true, true, 0, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PDW_Mean(i, t, w)),
        new("FK37_PDWG_Mean", 37, LossInput.Probabilities, true, true, 0, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PDWG_Mean(i, t, w, g)),
        new("FK37_PDWS_Mean", 37, LossInput.Probabilities, true, true, 0.1, false, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PDWS_Mean(i, t, w)),
        new("FK37_PDWSG_Mean", 37, LossInput.Probabilities, true, true, 0.1, true, LossReduction.Mean, (i, l, t, w, o, g) => FK37_PDWSG_Mean(i, t, w, g)),
        new("FK10_LSWS_Sum", 10, LossInput.Logits, false, true, 0.1, false, LossReduction.Sum, (i, l, t, w, o, g) => FK10_LSWS_Sum(i, l, w)),
        new("FK10_LSWS_None", 10, LossInput.Logits, false, true, 0.1, false, LossReduction.None, (i, l, t, w, o, g) => { FK10_LSWS_None(i, l, w, o); return default; }),
        new("FK10_LSWSG_Sum", 10, LossInput.Logits, false, true, 0.1, true, LossReduction.Sum, (i, l, t, w, o, g) => FK10_LSWSG_Sum(i, l, w, g)),
        new("FK10_LSWSG_None", 10, LossInput.Logits, false, true, 0.1, true, LossReduction.None, (i, l, t, w, o, g) => { FK10_LSWSG_None(i, l, w, o, g); return default; }),
        new("FK10_LDWS_Sum", 10, LossInput.Logits, true, true, 0.1, false, LossReduction.Sum, (i, l, t, w, o, g) => FK10_LDWS_Sum(i, t, w)),
        new("FK10_LDWS_None", 10, LossInput.Logits, true, true, 0.1, false, LossReduction.None, (i, l, t, w, o, g) => { FK10_LDWS_None(i, t, w, o); return default; }),
        new("FK10_LDWSG_Sum", 10, LossInput.Logits, true, true, 0.1, true, LossReduction.Sum, (i, l, t, w, o, g) => FK10_LDWSG_Sum(i, t, w, g)),
        new("FK10_LDWSG_None", 10, LossInput.Logits, true, true, 0.1, true, LossReduction.None, (i, l, t, w, o, g) => { FK10_LDWSG_None(i, t, w, o, g); return default; }),
        new("FK10_PSWS_Sum", 10, LossInput.Probabilities, false, true, 0.1, false, LossReduction.Sum, (i, l, t, w, o, g) => FK10_PSWS_Sum(i, l, w)),
        new("FK10_PSWS_None", 10, LossInput.Probabilities, false, true, 0.1, false, LossReduction.None, (i, l, t, w, o, g) => { FK10_PSWS_None(i, l, w, o); return default; }),
        new("FK10_PSWSG_Sum", 10, LossInput.Probabilities, false, true, 0.1, true, LossReduction.Sum, (i, l, t, w, o, g) => FK10_PSWSG_Sum(i, l, w, g)),
        new("FK10_PSWSG_None", 10, LossInput.Probabilities, false, true, 0.1, true, LossReduction.None, (i, l, t, w, o, g) => { FK10_PSWSG_None(i, l, w, o, g); return default; }),
        new("FK10_PDWS_Sum", 10, LossInput.Probabilities, true, true, 0.1, false, LossReduction.Sum, (i, l, t, w, o, g) => FK10_PDWS_Sum(i, t, w)),
        new("FK10_PDWS_None", 10, LossInput.Probabilities, true, true, 0.1, false, LossReduction.None, (i, l, t, w, o, g) => { FK10_PDWS_None(i, t, w, o); return default; }),
        new("FK10_PDWSG_Sum", 10, LossInput.Probabilities, true, true, 0.1, true, LossReduction.Sum, (i, l, t, w, o, g) => FK10_PDWSG_Sum(i, t, w, g)),
        new("FK10_PDWSG_None", 10, LossInput.Probabilities, true, true, 0.1, true, LossReduction.None, (i, l, t, w, o, g) => { FK10_PDWSG_None(i, t, w, o, g); return default; }),
    };
}
