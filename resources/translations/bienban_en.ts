<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../gui/qt/actions.py" line="39"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="43"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="66"/>
        <source>&amp;Mới</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="67"/>
        <source>&amp;Mở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="68"/>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="69"/>
        <source>Lưu &amp;thành…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="70"/>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="71"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="72"/>
        <source>Xem trước khi &amp;in…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="73"/>
        <source>&amp;Xuất</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="74"/>
        <source>Thông báo &amp;kết luận…</source>
        <translation>&amp;Conclusion notice…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="75"/>
        <source>&amp;Biên bản…</source>
        <translation>&amp;Minutes…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="76"/>
        <source>&amp;Tin bài…</source>
        <translation>&amp;News item…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="77"/>
        <source>Thoá&amp;t</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="78"/>
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="79"/>
        <source>Chọn &amp;hồ sơ cơ quan</source>
        <translation>Choose &amp;agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="80"/>
        <source>&amp;Sửa hồ sơ cơ quan…</source>
        <translation>&amp;Edit agency profile…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="81"/>
        <source>&amp;Mở hồ sơ từ tệp…</source>
        <translation>&amp;Open profile from file…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="82"/>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="83"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="85"/>
        <source>&amp;Tự động lưu bản khôi phục…</source>
        <translation>A&amp;utosave recovery copy…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="87"/>
        <source>&amp;Giới thiệu Bienban</source>
        <translation>&amp;About Bienban</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="88"/>
        <source>&amp;Sổ theo dõi nhiệm vụ…</source>
        <translation>&amp;Directive tracking book…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="90"/>
        <source>Chọn &amp;thư mục lưu trữ…</source>
        <translation>Choose &amp;library folder…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="93"/>
        <source>Tạo cuộc họp &amp;kỳ tiếp theo</source>
        <translation>Start the next &amp;period’s meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="95"/>
        <source>Lấy &amp;số văn bản tiếp theo</source>
        <translation>Take the next document &amp;number</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="401"/>
        <source>Họ tên / nhóm</source>
        <translation>Name / group</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="402"/>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, organisation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="403"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="404"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="405"/>
        <source>Tham dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="406"/>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="413"/>
        <source>Thêm người dự</source>
        <translation>Add attendee</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../gui/qt/tracking.py" line="257"/>
        <source>Biểu đồ thực hiện nhiệm vụ theo phòng, đơn vị</source>
        <translation>Chart of task progress by department</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="30"/>
        <source>Danh sách cảnh báo</source>
        <translation>List of warnings</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="59"/>
        <source>✓ Không có cảnh báo.</source>
        <translation>✓ No warnings.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="68"/>
        <source>Chưa có số văn bản.</source>
        <translation>No document number yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="69"/>
        <source>Chưa có ngày ban hành.</source>
        <translation>No issue date yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="70"/>
        <source>Chưa có ngày họp.</source>
        <translation>No meeting date yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="71"/>
        <source>Chưa ghi người chủ trì cuộc họp.</source>
        <translation>The meeting chair has not been entered.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="72"/>
        <source>Phòng, đơn vị số %s chưa có tên.</source>
        <translation>Department no. %s has no name.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="74"/>
        <source>%s, nhiệm vụ %s: chưa có thời hạn.</source>
        <translation>%s, task %s: no deadline set.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="76"/>
        <source>%s, nhiệm vụ %s: thời hạn %s trước ngày họp.</source>
        <translation>%s, task %s: deadline %s is before the meeting date.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="78"/>
        <source>Số %s đã dùng cho văn bản cùng loại trong năm: %s.</source>
        <translation>Number %s is already used by a document of the same type in the same year: %s.</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="324"/>
        <location filename="../../gui/qt/sections.py" line="328"/>
        <source>Câu kết</source>
        <translation>Closing sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="325"/>
        <source>… thông báo để các phòng, đơn vị biết, thực hiện</source>
        <translation>… hereby notifies the departments for their information and implementation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="331"/>
        <source>Nơi nhận</source>
        <translation>Recipients (Nơi nhận)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="332"/>
        <source>Mỗi dòng một nơi nhận; dòng cuối: Lưu: VT, …</source>
        <translation>One recipient per line; last line: Lưu: VT, …</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="335"/>
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation>Recipients (Nơi nhận) (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="338"/>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="342"/>
        <location filename="../../gui/qt/sections.py" line="343"/>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="346"/>
        <location filename="../../gui/qt/sections.py" line="347"/>
        <source>Ký thay / thừa lệnh cho</source>
        <translation>Signing for / by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="350"/>
        <location filename="../../gui/qt/sections.py" line="352"/>
        <source>Cấp trung gian (TL. … KT. …)</source>
        <translation>Intermediate level (TL. … KT. …)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="356"/>
        <source>Chức vụ người ký</source>
        <translation>Signatory’s position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="358"/>
        <source>Họ tên người ký</source>
        <translation>Signatory’s full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="363"/>
        <location filename="../../gui/qt/sections.py" line="364"/>
        <source>Ký hiệu người soạn thảo</source>
        <translation>Drafter’s abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="367"/>
        <source>Số bản phát hành</source>
        <translation>Number of copies issued</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="371"/>
        <source>Tin bài trên trang thông tin</source>
        <translation>News item for the website</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="373"/>
        <source>Tiêu đề tin</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="374"/>
        <source>Ngày đăng</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="376"/>
        <location filename="../../gui/qt/sections.py" line="377"/>
        <source>Bút danh, tác giả</source>
        <translation>Author, pen name</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="140"/>
        <source>Mở đầu, căn cứ (mỗi dòng một đoạn)</source>
        <translation>Opening and grounds (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="145"/>
        <source>Tự viết câu mở đầu từ ngày họp, chủ trì và thành phần</source>
        <translation>Write the opening sentence automatically from the meeting date, chair and attendees</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="151"/>
        <source>Mở đầu, căn cứ</source>
        <translation>Opening and grounds</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="153"/>
        <source>Trên cơ sở rà soát …, sau khi nghe báo cáo …, đồng chí … kết luận như sau:</source>
        <translation>Having reviewed …, and after hearing the report on …, Comrade … concluded as follows:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="158"/>
        <source>Tình hình thực hiện nhiệm vụ kỳ trước</source>
        <translation>Progress on the previous meeting’s tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="162"/>
        <source>Tại văn bản</source>
        <translation>Reference document</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="162"/>
        <source>Thông báo số … ngày …</source>
        <translation>Thông báo số … ngày …</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="165"/>
        <source>Nhiệm vụ kỳ trước</source>
        <translation>Previous meeting’s tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="168"/>
        <source>Diễn biến cuộc họp</source>
        <translation>Meeting proceedings</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="169"/>
        <source>Báo cáo và ý kiến phát biểu (theo diễn biến)</source>
        <translation>Reports and contributions (in order of proceedings)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="173"/>
        <source>Kết quả đạt được (mỗi dòng một đoạn)</source>
        <translation>Results achieved (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="174"/>
        <source>Hạn chế, tồn tại (mỗi dòng một đoạn)</source>
        <translation>Shortcomings and outstanding issues (one paragraph per line)</translation>
    </message>
</context>
<context>
    <name>DepartmentsModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="456"/>
        <source>Phòng, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="459"/>
        <source>Thêm phòng, đơn vị</source>
        <translation>Add department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="464"/>
        <source>(chưa đặt tên)</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="107"/>
        <source>Mở chỉ để đọc</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="124"/>
        <source>Tải lại từ đĩa</source>
        <translation>Reload from disk</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="128"/>
        <source>Giữ bản đang mở</source>
        <translation>Keep the open version</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="157"/>
        <source>Khôi phục công việc chưa lưu</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="160"/>
        <source>Các bản khôi phục</source>
        <translation>Recovery copies</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="165"/>
        <source>(văn bản chưa đặt tên)</source>
        <translation>(untitled document)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="169"/>
        <source>%s — bản khôi phục bị hỏng: %s</source>
        <translation>%s — recovery copy is damaged: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="174"/>
        <source>%s — lưu tự động lúc %s, %d thay đổi chưa lưu</source>
        <translation>%s — autosaved at %s; unsaved changes: %d</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="186"/>
        <source>Khôi phục</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="190"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="197"/>
        <source>Bienban đã không đóng bình thường. Có thể khôi phục các văn bản sau (chúng sẽ mở ở trạng thái chưa lưu):</source>
        <translation>Bienban did not close properly. The following documents can be recovered (they will open as unsaved):</translation>
    </message>
</context>
<context>
    <name>DirectivesSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="195"/>
        <source>Chỉ đạo chung (mỗi dòng một đoạn)</source>
        <translation>General directions (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="197"/>
        <source>Chỉ đạo chung</source>
        <translation>General directions</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="201"/>
        <source>Phòng, đơn vị</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="206"/>
        <source>Thêm từ hồ sơ…</source>
        <translation>Add from profile…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="207"/>
        <source>Thêm phòng, đơn vị từ hồ sơ cơ quan</source>
        <translation>Add departments from the agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="213"/>
        <source>Phòng, đơn vị được giao</source>
        <translation>Assigned departments</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="218"/>
        <location filename="../../gui/qt/sections.py" line="222"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="263"/>
        <source>(hồ sơ chưa có danh sách phòng)</source>
        <translation>(the profile has no department list)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="282"/>
        <source>(chưa đặt tên)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="283"/>
        <source>Nhiệm vụ của: %s</source>
        <translation>Tasks for: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="285"/>
        <source>Nhiệm vụ (chọn phòng, đơn vị bên trái)</source>
        <translation>Tasks (select a department on the left)</translation>
    </message>
</context>
<context>
    <name>DiscussionModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="443"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="443"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="446"/>
        <source>Thêm ý kiến</source>
        <translation>Add contribution</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../gui/qt/errorhandling.py" line="78"/>
        <source>Đã xảy ra lỗi không mong muốn: %s

Công việc chưa lưu đã được ghi vào bản khôi phục (%d văn bản). Chi tiết ở %s.</source>
        <translation>An unexpected error occurred: %s

Unsaved work has been written to recovery copies (documents: %d). Details are in %s.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/errorhandling.py" line="89"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/qt/errorhandling.py" line="102"/>
        <source>Lưu văn bản ngay</source>
        <translation>Save the document now</translation>
    </message>
    <message>
        <location filename="../../gui/qt/errorhandling.py" line="106"/>
        <source>Tiếp tục làm việc</source>
        <translation>Continue working</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <location filename="../../gui/qt/fields.py" line="231"/>
        <source>Sửa «%s»</source>
        <translation>Edit “%s”</translation>
    </message>
</context>
<context>
    <name>HeaderSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="58"/>
        <location filename="../../gui/qt/sections.py" line="61"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="62"/>
        <source>vd. UBND TỈNH QUẢNG NINH (nếu có)</source>
        <translation>e.g. UBND TỈNH QUẢNG NINH (if any)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="65"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="67"/>
        <location filename="../../gui/qt/sections.py" line="68"/>
        <source>Chữ viết tắt cơ quan</source>
        <translation>Agency abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="71"/>
        <location filename="../../gui/qt/sections.py" line="72"/>
        <source>Loại văn bản (viết tắt)</source>
        <translation>Document type (abbreviation)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="74"/>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="75"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="76"/>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="78"/>
        <location filename="../../gui/qt/sections.py" line="81"/>
        <source>Trích yếu</source>
        <translation>Summary (trích yếu)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="78"/>
        <source>Kết luận của … tại cuộc họp …</source>
        <translation>Conclusions of … at the meeting …</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../gui/qt/models.py" line="419"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="420"/>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="421"/>
        <source>Vắng có lý do</source>
        <translation>Absent (excused)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="428"/>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="429"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="430"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../gui/qt/library.py" line="134"/>
        <source>«%s» đang được mở để sửa (%s); chưa ghi được.</source>
        <translation>“%s” is open for editing (%s); the change could not be written.</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="105"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="220"/>
        <source>Sửa «%s»</source>
        <translation>Edit “%s”</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="257"/>
        <location filename="../../gui/qt/models.py" line="282"/>
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="267"/>
        <source>Chuyển dòng</source>
        <translation>Move row</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="100"/>
        <source>Đầu văn bản</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="101"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="102"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="103"/>
        <source>Chỉ đạo</source>
        <translation>Directions</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="104"/>
        <source>Kết thúc</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="111"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="115"/>
        <source>Kiểm tra</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="148"/>
        <source>(ký trực tiếp)</source>
        <translation>(signing directly)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="149"/>
        <source>TM. — thay mặt tập thể</source>
        <translation>TM. — on behalf of the collective</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="150"/>
        <source>KT. — ký thay người đứng đầu</source>
        <translation>KT. — signing for the head</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="151"/>
        <source>TL. — thừa lệnh</source>
        <translation>TL. — by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="152"/>
        <source>TUQ. — thừa ủy quyền</source>
        <translation>TUQ. — by delegation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="153"/>
        <source>Q. — quyền</source>
        <translation>Q. — acting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="154"/>
        <source>TL. … / KT. … — thừa lệnh, cấp phó ký thay</source>
        <translation>TL. … / KT. … — by order of, deputy signing for the head</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="167"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="186"/>
        <location filename="../../gui/qt/mainwindow.py" line="708"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="189"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="191"/>
        <source>Khung &amp;xem trước</source>
        <translation>&amp;Preview pane</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="195"/>
        <source>Khung &amp;kiểm tra</source>
        <translation>&amp;Checks pane</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="198"/>
        <source>&amp;Hồ sơ</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="202"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="206"/>
        <source>&amp;Theo dõi</source>
        <translation>&amp;Tracking</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="212"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="247"/>
        <location filename="../../gui/qt/mainwindow.py" line="261"/>
        <source>Chưa đặt tên</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="250"/>
        <source>[chỉ đọc]</source>
        <translation>[read-only]</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="255"/>
        <source>Biên bản cuộc họp (*%s *.json);;Mọi tệp (*)</source>
        <translation>Meeting minutes (*%s *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="263"/>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="264"/>
        <source>«%s» có thay đổi chưa lưu. Lưu lại trước khi đóng?</source>
        <translation>“%s” has unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="283"/>
        <source>Mở biên bản</source>
        <translation>Open minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="299"/>
        <source>Không mở được tệp</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="307"/>
        <source>tiến trình %d trên máy %s</source>
        <translation>process %d on computer %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="309"/>
        <source>một người khác</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="312"/>
        <source>Tệp đang được mở</source>
        <translation>File already open</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="314"/>
        <source>«%s» đang được mở để sửa bởi %s.

Mở chỉ để đọc (lưu thành tệp khác), hoặc hủy?</source>
        <translation>“%s” is open for editing by %s.

Open it read-only (and save under a different name), or cancel?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="350"/>
        <source>Lưu biên bản</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="370"/>
        <location filename="../../gui/qt/mainwindow.py" line="408"/>
        <source>Tệp đã thay đổi trên đĩa</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="372"/>
        <source>«%s» đã được thay đổi từ bên ngoài sau khi bạn mở. Ghi đè phiên bản đó bằng bản của bạn?</source>
        <translation>“%s” was changed outside Bienban after you opened it. Overwrite that version with yours?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="383"/>
        <location filename="../../gui/qt/mainwindow.py" line="390"/>
        <source>Không lưu được tệp</source>
        <translation>Could not save the file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="384"/>
        <source>«%s» đang được mở bởi người khác; hãy lưu thành tệp khác.</source>
        <translation>“%s” is open by someone else; save it under a different name.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="396"/>
        <source>Đã lưu %s</source>
        <translation>Saved %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="404"/>
        <source>«%s» đã bị xóa hoặc đổi tên trên đĩa; bản đang mở vẫn còn.</source>
        <translation>“%s” was deleted or renamed on disk; the open version is still here.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="410"/>
        <source>«%s» vừa được thay đổi bởi chương trình hoặc người khác.

Tải lại phiên bản trên đĩa%s, hoặc giữ bản đang mở?</source>
        <translation>“%s” has just been changed by another program or person.

Reload the version on disk%s, or keep the open version?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="415"/>
        <source> (mất các thay đổi chưa lưu của bạn)</source>
        <translation> (losing your unsaved changes)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="422"/>
        <source>Không tải lại được tệp</source>
        <translation>Could not reload the file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="453"/>
        <source>Tệp không tồn tại.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="454"/>
        <source>Đây không phải là một tệp thông thường.</source>
        <translation>This is not a regular file.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="455"/>
        <source>Không đọc được tệp.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="456"/>
        <source>Tệp quá lớn.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="457"/>
        <source>Tệp không phải văn bản UTF-8.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="458"/>
        <source>Tệp không phải là biên bản của Bienban (không đúng JSON).</source>
        <translation>The file is not a Bienban minutes file (invalid JSON).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="459"/>
        <source>Nội dung tệp không hợp lệ.</source>
        <translation>The file’s content is invalid.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="460"/>
        <source>Tệp được tạo bởi phiên bản Bienban mới hơn.</source>
        <translation>The file was created by a newer version of Bienban.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="461"/>
        <source>Ghi tệp thất bại; tệp cũ trên đĩa vẫn nguyên vẹn.</source>
        <translation>Writing the file failed; the existing file on disk is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="463"/>
        <source>Trường: %s</source>
        <translation>Field: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="467"/>
        <source>Chi tiết: %s</source>
        <translation>Details: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="480"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="532"/>
        <source>Không mở được hồ sơ</source>
        <translation>Could not open the profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="537"/>
        <source>Hồ sơ cơ quan: %s</source>
        <translation>Agency profile: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="583"/>
        <source>Không lưu được hồ sơ</source>
        <translation>Could not save the profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="591"/>
        <source>Mở hồ sơ cơ quan</source>
        <translation>Open agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="593"/>
        <source>Hồ sơ cơ quan (*%s);;Mọi tệp (*)</source>
        <translation>Agency profiles (*%s);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="634"/>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="635"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="636"/>
        <source>Văn bản thuần UTF-8 (*.txt)</source>
        <translation>Plain text, UTF-8 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="637"/>
        <source>Trang web HTML (*.html)</source>
        <translation>HTML web page (*.html)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="644"/>
        <source>Xuất văn bản</source>
        <translation>Export document</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="655"/>
        <source>Ghi đè?</source>
        <translation>Overwrite?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="655"/>
        <source>«%s» đã có. Ghi đè lên tệp đó?</source>
        <translation>“%s” already exists. Overwrite it?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="664"/>
        <source>Không xuất được văn bản</source>
        <translation>Could not export the document</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="666"/>
        <location filename="../../gui/qt/mainwindow.py" line="744"/>
        <source>Đã xuất %s</source>
        <translation>Exported %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="674"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="675"/>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở Bienban tiếp theo.</source>
        <translation>The new language will be used the next time Bienban is started.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="705"/>
        <source>Sổ theo dõi nhiệm vụ — Bienban</source>
        <translation>Directive tracking book — Bienban</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="709"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="711"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="715"/>
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="722"/>
        <source>Không cập nhật được nhiệm vụ</source>
        <translation>Could not update the task</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="735"/>
        <source>Xuất báo cáo vào thư mục</source>
        <translation>Export reports to folder</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="742"/>
        <source>Không xuất được báo cáo</source>
        <translation>Could not export the report</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="749"/>
        <source>Thư mục lưu trữ biên bản</source>
        <translation>Library folder for minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="794"/>
        <source>Lấy số văn bản</source>
        <translation>Take document number</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="799"/>
        <source>Tự động lưu</source>
        <translation>Autosave</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="800"/>
        <source>Ghi công việc chưa lưu vào bản khôi phục sau mỗi (giây):</source>
        <translation>Write unsaved work to a recovery copy every (seconds):</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="812"/>
        <source>Giới thiệu Bienban</source>
        <translation>About Bienban</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="814"/>
        <source>Bienban %s — soạn thông báo kết luận và biên bản cuộc họp theo Nghị định 30/2020/NĐ-CP.</source>
        <translation>Bienban %s — drafting conclusion notices and meeting minutes in accordance with Decree 30/2020/NĐ-CP.</translation>
    </message>
</context>
<context>
    <name>MeetingSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="97"/>
        <location filename="../../gui/qt/sections.py" line="98"/>
        <source>Tên cuộc họp</source>
        <translation>Meeting name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="100"/>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="102"/>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="103"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="104"/>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="106"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="107"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="108"/>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="108"/>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="112"/>
        <source>họ tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="112"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="118"/>
        <source>chức vụ</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="118"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="123"/>
        <source>Thành phần tham dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="124"/>
        <source>Thành phần tham dự và khách mời</source>
        <translation>Attendees and guests</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../gui/qt/preview.py" line="50"/>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="51"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="52"/>
        <source>Tin bài</source>
        <translation>News item</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="55"/>
        <source>Loại văn bản xem trước</source>
        <translation>Document type to preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="58"/>
        <source>Trang in</source>
        <translation>Printed pages</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="59"/>
        <source>Văn bản thuần</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="60"/>
        <source>Cách xem trước</source>
        <translation>Preview mode</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="65"/>
        <source>Xem trước văn bản</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="73"/>
        <source>Xem trước trang in</source>
        <translation>Preview of printed pages</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="81"/>
        <source>Xem trước:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="142"/>
        <source>[… còn %d đoạn nữa — xem toàn bộ trong Tệp → Xem trước khi in]</source>
        <translation>[… %d more paragraphs — see the whole document in File → Print Preview]</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="32"/>
        <source>Hồ sơ cơ quan</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="50"/>
        <source>Tên hồ sơ</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="51"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="52"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="53"/>
        <source>Chữ viết tắt cơ quan</source>
        <translation>Agency abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="54"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="55"/>
        <source>Phòng, đơn vị (mỗi dòng một)</source>
        <translation>Departments (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="62"/>
        <location filename="../../gui/qt/profiledialog.py" line="63"/>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="64"/>
        <source>Ký thay / thừa lệnh cho</source>
        <translation>Signing for / by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="66"/>
        <source>Cấp trung gian (TL. … KT. …)</source>
        <translation>Intermediate level (TL. … KT. …)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="68"/>
        <source>Chức vụ người ký</source>
        <translation>Signatory’s position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="69"/>
        <source>Họ tên người ký</source>
        <translation>Signatory’s full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="70"/>
        <source>Nơi nhận (mỗi dòng một)</source>
        <translation>Recipients (Nơi nhận) (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="71"/>
        <source>Câu kết</source>
        <translation>Closing sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="72"/>
        <source>Ký hiệu người soạn thảo</source>
        <translation>Drafter’s abbreviation</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="543"/>
        <source>Phòng, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="544"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="545"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="546"/>
        <source>Hạn (diễn đạt)</source>
        <translation>Deadline (in words)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="547"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="548"/>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="549"/>
        <source>Kết quả, ghi chú</source>
        <translation>Results, notes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="556"/>
        <source>Thêm nhiệm vụ kỳ trước</source>
        <translation>Add task from the previous meeting</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../gui/qt/tables.py" line="158"/>
        <source>Thêm dòng (Ctrl+Ins)</source>
        <translation>Add row (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="161"/>
        <source>Xóa dòng (Ctrl+Del)</source>
        <translation>Delete row (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="164"/>
        <source>Chuyển lên (Ctrl+Shift+Up)</source>
        <translation>Move up (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="168"/>
        <source>Chuyển xuống (Ctrl+Shift+Down)</source>
        <translation>Move down (Ctrl+Shift+Down)</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="493"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="494"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="495"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="496"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="497"/>
        <source>Hạn (diễn đạt)</source>
        <translation>Deadline (in words)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="498"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="499"/>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="500"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="507"/>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
</context>
<context>
    <name>TrackedTasksModel</name>
    <message>
        <location filename="../../gui/qt/tracking.py" line="93"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="94"/>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="95"/>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="96"/>
        <source>Phòng, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="97"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="98"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="99"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="100"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="101"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="102"/>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="103"/>
        <source>Còn / quá (ngày)</source>
        <translation>Days left / overdue</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="180"/>
        <source>quá hạn</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="182"/>
        <source>trễ hạn</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="189"/>
        <source>quá %d</source>
        <translation>overdue by %d</translation>
    </message>
</context>
<context>
    <name>TrackingWidget</name>
    <message>
        <location filename="../../gui/qt/tracking.py" line="328"/>
        <source>Tìm (không cần dấu): vd. tien do</source>
        <translation>Search (accents optional): e.g. tien do</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="329"/>
        <source>Tìm nhiệm vụ</source>
        <translation>Search tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="332"/>
        <source>Lọc theo phòng, đơn vị</source>
        <translation>Filter by department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="334"/>
        <source>Lọc theo tình trạng</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="335"/>
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="338"/>
        <source>Chưa hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="340"/>
        <source>Lọc theo cuộc họp</source>
        <translation>Filter by meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="342"/>
        <source>Thời hạn từ ngày</source>
        <translation>Deadline from</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="344"/>
        <source>Thời hạn đến ngày</source>
        <translation>Deadline to</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="350"/>
        <source>Tìm, lọc</source>
        <translation>Search and filter</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="353"/>
        <source>Thời hạn từ</source>
        <translation>Deadline from</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="355"/>
        <location filename="../../gui/qt/tracking.py" line="428"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="358"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="375"/>
        <source>Danh sách nhiệm vụ</source>
        <translation>Task list</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="384"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="388"/>
        <source>Kỳ thống kê</source>
        <translation>Statistics period</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="390"/>
        <source>Toàn bộ</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="391"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="392"/>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="393"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="394"/>
        <source>Tùy chọn</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="398"/>
        <source>Từ ngày họp</source>
        <translation>From meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="400"/>
        <source>Đến ngày họp</source>
        <translation>To meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="402"/>
        <source>Thống kê theo phòng, đơn vị</source>
        <translation>Statistics by department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="406"/>
        <source>Phòng, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="407"/>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="408"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="409"/>
        <source>Xong, trễ hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="410"/>
        <source>Trong hạn</source>
        <translation>Within deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="411"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="421"/>
        <source>Xuất Excel (XLSX)…</source>
        <translation>Export Excel (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="422"/>
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="424"/>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="426"/>
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="441"/>
        <source>Thống kê</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="445"/>
        <source>Tệp không đọc được</source>
        <translation>Unreadable files</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="446"/>
        <source>Tệp lỗi</source>
        <translation>File errors</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="476"/>
        <source>Thư mục lưu trữ: %s</source>
        <translation>Library folder: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="478"/>
        <source>Mọi phòng, đơn vị</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="481"/>
        <source>Mọi cuộc họp</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="499"/>
        <source>Tệp lỗi (%d)</source>
        <translation>File errors (%d)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="525"/>
        <source>%d nhiệm vụ, %d quá hạn</source>
        <translation>Tasks: %d, overdue: %d</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../../gui/qt/library.py" line="175"/>
        <source>Cập nhật tình trạng nhiệm vụ</source>
        <translation>Update task status</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../gui/qt/library.py" line="123"/>
        <source>Cập nhật tình trạng nhiệm vụ</source>
        <translation>Update task status</translation>
    </message>
</context>
</TS>
