// The resource library's only job is to carry the compiled-in :/ files.
namespace warta {
int bundledResourcesAnchor() { return 0; }
} // namespace warta
